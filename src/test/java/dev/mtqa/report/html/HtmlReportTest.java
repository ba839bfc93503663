package dev.mtqa.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mtqa.finding.Category;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static dev.mtqa.report.html.Findings.checked;
import static dev.mtqa.report.html.Findings.finding;
import static dev.mtqa.report.html.Findings.fix;
import static org.assertj.core.api.Assertions.assertThat;

/** The report's pages as an HTML parser sees them: the test contract, escaping, and the folder's safety. */
class HtmlReportTest {
    static final String HOSTILE = "Headline <script>window.__pwned = 1</script>\n"
            + "\"><img src=x onerror=\"window.__pwned = 2\"> and '><svg onload=window.__pwned=3>\n"
            + "<a href=\"javascript:window.__pwned=4\">click</a> javascript:alert(1)\n"
            + "</script><script>window.__pwned = 5</script> <!-- <style>body{display:none}</style> ]]>\n"
            + "Kiev said. host talks \u202eevil\u202c and \u2028 line separator, \u00a0 nbsp\n"
            + "&lt;b&gt; entities &amp; \ud83d\ude00 emoji {{ page.title }} {% raw %} ${x}\n";

    /** A file with a NUL byte is skipped as binary, so only hand-made results carry one. */
    static final String HOSTILE_WITH_NUL = HOSTILE + "a \u0000 NUL and \u001b escape\n";

    static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }

    @Test
    void everyFindingIsOneHighlightWithItsRuleAndCategory(@TempDir Path dir) throws IOException {
        ReportRun run = ReportRun.check(dir.resolve("report"), List.of(Path.of("seeds")));
        assertThat(run.warnings).isEmpty();
        assertThat(run.results).hasSize(5);
        for (FileResult result : run.results) {
            String name = result.path().substring("seeds/".length()) + ".html";
            Document page = parse(run.page(name));
            Elements marks = page.select("[data-finding]");
            assertThat(marks).hasSize(result.findings().size());
            Set<String> numbers = new HashSet<>();
            for (Element mark : marks) {
                int n = Integer.parseInt(mark.attr("data-finding"));
                assertThat(numbers.add(mark.attr("data-finding"))).isTrue();
                Finding f = result.findings().get(n - 1);
                assertThat(mark.attr("data-rule")).isEqualTo(f.rule());
                assertThat(mark.attr("data-category")).isEqualTo(f.category().name());
                String shown = mark.wholeText() + page.select("[data-part-of=" + n + "]").eachText().stream()
                        .reduce("", String::concat);
                assertThat(normalised(shown)).isEqualTo(normalised(DisplayText.visible(f.text())));
            }
            assertThat(page.select("li[data-item]")).hasSize(result.findings().size());
            assertThat(normalised(page.getElementById("text").wholeText()))
                    .isEqualTo(normalised(DisplayText.visible(result.text())));
            assertThat(page.select("[data-rule]").size() - page.select("li[data-rule]").size())
                    .as("continuations carry no data-rule").isEqualTo(result.findings().size());
        }
        Document index = parse(run.page("index.html"));
        List<String> links = index.select("#rows a").eachAttr("href");
        assertThat(links).hasSize(5);
        assertThat(links).allSatisfy(href -> assertThat(run.page(href)).exists());
        assertThat(index.select("footer").text()).as("a report without grammar findings says it did not look")
                .contains("Grammar and spelling were not checked (--no-grammar)");
        assertThat(parse(run.page(links.get(0))).select("footer").text()).contains("were not checked");
    }

    /** The HTML parser turns CR LF and lone CR into LF, as a browser does. */
    private static String normalised(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    @Test
    void hostileTextRunsNothingAndComesBackExactly(@TempDir Path dir) throws IOException {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("hostile.txt"), HOSTILE, StandardCharsets.UTF_8);
        String hostileMessage = "Message </script><script>window.__pwned = 6</script> \"><img src=x onerror=alert(1)>";
        FileResult crafted = checked("in/\"><img src=x onerror=alert(2)>.txt", HOSTILE_WITH_NUL, List.of(
                finding("RULE\"><script>", Category.GRAMMAR, Severity.ERROR, HOSTILE_WITH_NUL, 9, 17, hostileMessage,
                        fix(9, 17, "</script><script>window.__pwned = 7</script>", false))));
        ReportRun real = ReportRun.check(dir.resolve("real"), List.of(input));
        ReportRun made = ReportRun.of(dir.resolve("made"), List.of(crafted));
        assertThat(real.results.get(0).findings()).isNotEmpty();
        for (Path page : List.of(real.page("hostile.txt.html"), made.page("in_img_src_x_onerror_alert_2_.txt.html"),
                real.page("index.html"), made.page("index.html"))) {
            Document doc = parse(page);
            assertOnlyOurScripts(doc);
            String csp = doc.select("meta[http-equiv=Content-Security-Policy]").attr("content");
            assertThat(csp).startsWith("default-src 'none'").contains("script-src 'sha256-");
            if (doc.getElementById("text") != null) {
                assertThat(doc.getElementById("text").wholeText()).contains("<script>window.__pwned = 1</script>");
                JsonNode data = new ObjectMapper().readTree(doc.getElementById("mtqa-data").data());
                assertThat(data.get("text").asText()).isIn(HOSTILE, HOSTILE_WITH_NUL);
            }
        }
        assertThat(parse(made.page("in_img_src_x_onerror_alert_2_.txt.html")).select("li[data-item] .msg").text())
                .contains(hostileMessage);
    }

    static void assertOnlyOurScripts(Document doc) {
        Elements scripts = doc.select("script");
        assertThat(scripts).hasSize(2);
        assertThat(scripts.get(0).attr("type")).isEqualTo("application/json");
        assertThat(scripts.get(1).attributes().size()).isZero();
        assertThat(scripts.get(1).data()).isIn(Assets.FILE_SCRIPT.content(), Assets.INDEX_SCRIPT.content());
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("attribute of <%s>", e.tagName()).doesNotStartWith("on");
                assertThat(a.getValue().strip().toLowerCase()).doesNotStartWith("javascript:");
            }
        }
        assertThat(doc.select("img, iframe, object, embed, link, base, form[action], svg script, meta[http-equiv=refresh]"))
                .isEmpty();
        assertThat(doc.select("style")).singleElement().extracting(Element::data).isEqualTo(Assets.STYLE.content());
    }

    /** A single 5 MB line (the engine's side of it is tested with the rules). */
    static FileResult fiveMegabyteLine() {
        String line = "Kiev said. " + ("The talks went on <script>window.__pwned = 8</script> until late, officials said. ")
                .repeat(62_000) + "\"><img src=x onerror=window.__pwned=9> end.";
        int length = line.codePointCount(0, line.length());
        return checked("long.txt", line, List.of(
                finding("TERMINOLOGY_HOUSE_STYLE", Category.TERMINOLOGY, Severity.WARNING, line, 0, 4,
                        "House style spells this 'Kyiv', not 'Kiev'.", fix(0, 4, "Kyiv", true)),
                finding("BROKEN_SENTENCE_STRAY_FULL_STOP", Category.BROKEN_SENTENCE, Severity.ERROR, line,
                        length / 2, length / 2 + 20, "<script>window.__pwned = 10</script>"),
                finding("ENCODING_HTML_ENTITY", Category.ENCODING, Severity.ERROR, line, length - 40, length - 5,
                        "\"><img src=x onerror=window.__pwned=11>", fix(length - 40, length - 5, "", true))));
    }

    @Test
    void aFiveMegabyteLineIsOnePageOfText(@TempDir Path dir) throws IOException {
        FileResult result = fiveMegabyteLine();
        assertThat(result.text().length()).isGreaterThan(5_000_000);
        ReportRun run = ReportRun.of(dir, List.of(result));
        Document page = parse(run.page("long.txt.html"));
        assertOnlyOurScripts(page);
        assertThat(page.getElementById("text").wholeText()).isEqualTo(result.text());
        assertThat(page.select("[data-finding]")).hasSize(3);
    }

    @Test
    void aDocumentWithVeryManyFindingsListsTheFirstAndHighlightsAll(@TempDir Path dir) throws IOException {
        String text = "Kiev and ".repeat(FilePage.MAX_LISTED + 500);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < FilePage.MAX_LISTED + 500; i++) {
            findings.add(finding("TERMINOLOGY_HOUSE_STYLE", Category.TERMINOLOGY, Severity.WARNING, text, i * 9, i * 9 + 4,
                    "Kyiv", fix(i * 9, i * 9 + 4, "Kyiv", true)));
        }
        ReportRun run = ReportRun.of(dir, List.of(checked("many.txt", text, findings)));
        Document page = parse(run.page("many.txt.html"));
        assertThat(page.select("[data-finding]")).hasSize(FilePage.MAX_LISTED + 500);
        assertThat(page.select("li[data-item]")).hasSize(FilePage.MAX_LISTED);
        assertThat(page.select(".panel .note").text()).contains("the list shows the first 2,000");
    }

    @Test
    void languageToolRulesAreExplainedAsLanguageToolsOwn(@TempDir Path dir) throws IOException {
        String text = "Thsi is a tset.";
        FileResult result = checked("a.txt", text, List.of(
                finding("MORFOLOGIK_RULE_EN_US", Category.SPELLING, Severity.WARNING, text, 0, 4,
                        "Possible spelling mistake found.", fix(0, 4, "This", false), fix(0, 4, "Thus", false)),
                finding("TERMINOLOGY_HOUSE_STYLE", Category.TERMINOLOGY, Severity.WARNING, text, 10, 14, "House style")));
        ReportRun run = ReportRun.of(dir, List.of(result));
        Document page = parse(run.page("a.txt.html"));
        assertThat(page.select("#rule-MORFOLOGIK_RULE_EN_US").text()).contains("LanguageTool");
        assertThat(page.select("[data-explanation=MORFOLOGIK_RULE_EN_US]").text()).contains("LanguageTool's own rules");
        assertThat(page.select("[data-explanation=TERMINOLOGY_HOUSE_STYLE]").text()).isNotBlank();
        assertThat(page.select("#item-1 .fix")).hasSize(2);
        assertThat(page.select("#item-1 .fix del").eachText()).containsExactly("Thsi", "Thsi");
        assertThat(page.select("#item-1 .fix ins").eachText()).containsExactly("This", "Thus");
        assertThat(page.select("#item-2 .nofix")).hasSize(1);
    }

    @Test
    void theCorpusSectionCountsSpellingsAndRepeatedLines(@TempDir Path dir) throws IOException {
        Path input = Files.createDirectories(dir.resolve("in"));
        String footer = "Subscribe to the Kyiv Morning newsletter for more";
        Files.writeString(input.resolve("a.txt"), "Talks in Kiev\n\nThe talks went on in Kiev today.\n\n" + footer + "\n");
        Files.writeString(input.resolve("b.txt"), "Grain deal\n\nShips left Odesa for Kyiv ports.\n\n" + footer + "\n");
        Files.writeString(input.resolve("c.txt"), "Power cuts\n\nKyiv had no power on Tuesday.\n\n" + footer + "\n");
        ReportRun run = ReportRun.check(dir.resolve("report"), List.of(input));
        Document index = parse(run.page("index.html"));
        Element kyiv = index.select("table.spelling-table tr").stream()
                .filter(tr -> tr.select("th").text().equals("Kyiv")).findFirst().orElseThrow();
        assertThat(kyiv.select("details.off summary").text()).startsWith("Kiev 1 document");
        assertThat(kyiv.select("details.ok summary").text()).startsWith("Kyiv 3 documents");
        Element repeated = index.select("table.repeated-table tbody tr").first();
        assertThat(repeated.select("q").text()).isEqualTo(footer);
        assertThat(repeated.select("td.num").text()).isEqualTo("3");
        assertThat(repeated.select("a").eachAttr("href")).containsExactly("a.txt.html", "b.txt.html", "c.txt.html");
    }

    @Test
    void recordsAreGroupedBySiteAndTheirPagesSayWhereTheyCameFrom(@TempDir Path dir) throws IOException {
        Path input = Files.createDirectories(dir.resolve("in")).resolve("drop.jsonl");
        String hostileUrl = "javascript:alert(1)//\"><script>window.__pwned = 1</script>";
        Files.writeString(input, String.join("\n",
                "{\"id\":\"1\",\"url\":\"https://www.news.example/a\",\"text\":\"Talks in Kiev went on.  Late.\\n\"}",
                "{\"id\":\"2\",\"url\":\"https://news.example/b\",\"text\":\"Ships left Kiev.\\n\"}",
                "{\"id\":\"3\",\"source\":\"Wire Service\",\"url\":\"https://other.example/c\",\"text\":\"Kiev had no power.\\n\"}",
                "{\"id\":\"4\",\"url\":\"" + hostileUrl.replace("\"", "\\\"") + "\",\"text\":\"Odesa port.\\n\"}",
                ""));
        ReportRun run = ReportRun.check(dir.resolve("report"), List.of(input));
        Document index = parse(run.page("index.html"));
        List<String> sites = index.select("table.site-table tbody th").eachText();
        assertThat(sites).containsExactlyInAnyOrder("news.example", "Wire Service");
        Element news = index.select("table.site-table tbody tr").stream()
                .filter(tr -> tr.select("th").text().equals("news.example")).findFirst().orElseThrow();
        assertThat(news.select("td").first().text()).isEqualTo("2");

        Document page = parse(run.page("drop.jsonl_1.html"));
        assertThat(page.select("p.source").text()).isEqualTo("url: https://www.news.example/a");
        assertThat(page.select("p.source a")).isEmpty();
        assertOnlyOurScripts(page);
    }

        @Test
    void theIndexKeepsSmallRowsWorstFirstAndPrintsOnlyTheFirst(@TempDir Path dir) throws IOException {
        List<FileResult> results = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            String text = "x ".repeat(100);
            List<Finding> findings = new ArrayList<>();
            for (int k = 0; k < i % 7; k++) {
                findings.add(finding("TYPOGRAPHY_DOUBLE_SPACE", Category.TYPOGRAPHY,
                        k % 2 == 0 ? Severity.ERROR : Severity.INFO, text, k * 2, k * 2 + 1, "m"));
            }
            results.add(checked(String.format("doc%03d.txt", i), text, findings));
        }
        results.add(FileResult.skipped("image.txt", "binary (NUL bytes)"));
        ReportRun run = ReportRun.of(dir, results);
        Document index = parse(run.page("index.html"));
        assertThat(index.select("#rows tr")).hasSize(IndexPage.FIRST_ROWS);
        JsonNode data = new ObjectMapper().readTree(index.getElementById("mtqa-data").data());
        assertThat(data.get("rows")).hasSize(250);
        assertThat(data.get("rows").get(0).get(0).asText()).isEqualTo("doc006.txt");
        assertThat(index.select("#not-checked td").eachText()).contains("image.txt", "skipped", "binary (NUL bytes)");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".html")).count()).isEqualTo(251);
        }
    }

    @Test
    void onlyTheWorstDocumentsKeepAPageAndTheIndexLinksOnlyToPagesThatExist(@TempDir Path dir) throws IOException {
        List<FileResult> results = new ArrayList<>();
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 40; i++) {
            String text = "Talks in Kiev went on. " + "x ".repeat(50);
            List<Finding> findings = new ArrayList<>();
            int errors = random.nextInt(4);
            for (int k = 0; k < errors + random.nextInt(3); k++) {
                findings.add(finding("TYPOGRAPHY_DOUBLE_SPACE", Category.TYPOGRAPHY,
                        k < errors ? Severity.ERROR : Severity.WARNING, text, 30 + k * 2, 31 + k * 2, "m"));
            }
            results.add(checked(String.format("doc%02d.txt", i), text, findings));
        }
        ReportRun run = ReportRun.of(dir, results, 5);

        List<String> worst = results.stream()
                .map(r -> FileRow.of(results.indexOf(r) + 1, r, r.path() + ".html", 0))
                .sorted(FileRow.WORST_FIRST).limit(5).map(FileRow::page).toList();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Stream.concat(worst.stream(), Stream.of("index.html")).toList());
        }
        Document index = parse(run.page("index.html"));
        JsonNode rows = new ObjectMapper().readTree(index.getElementById("mtqa-data").data()).get("rows");
        assertThat(rows).hasSize(40);
        List<String> linked = new ArrayList<>();
        rows.forEach(r -> {
            if (!r.get(1).isNull()) {
                linked.add(r.get(1).asText());
            }
        });
        assertThat(linked).containsExactlyElementsOf(worst);
        Elements links = index.select("a[href]");
        assertThat(links.eachAttr("href")).filteredOn(h -> !h.startsWith("#"))
                .isNotEmpty().allSatisfy(h -> assertThat(dir.resolve(h)).exists());
        // The spelling census shows a spelling's worst documents: those with a page come first, linked.
        Elements examples = index.select("table.spelling-table .examples li:not(.dim)");
        assertThat(examples).hasSize(SpellingTally.EXAMPLES);
        assertThat(examples.select("a").eachAttr("href")).containsExactlyElementsOf(worst);
        assertThat(examples.subList(0, 5).stream().map(e -> e.select("a").attr("href")).toList())
                .containsExactlyElementsOf(worst);
        assertThat(index.text()).contains("Only the 5 worst have a page of their own (--report-pages); "
                + "the findings of the other 35 are in the run's other output (text, JSON or SARIF).");
    }

    @Test
    void pagesHeldToTheEndOrWrittenAtOnceMakeTheSameReport(@TempDir Path dir) throws IOException {
        List<FileResult> results = new ArrayList<>();
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 60; i++) {
            String text = "Talks in Kiev went on. " + "x ".repeat(20 + random.nextInt(40));
            List<Finding> findings = new ArrayList<>();
            for (int k = 0; k < random.nextInt(6); k++) {
                findings.add(finding("TYPOGRAPHY_DOUBLE_SPACE", Category.TYPOGRAPHY,
                        random.nextBoolean() ? Severity.ERROR : Severity.WARNING, text, 30 + k * 2, 31 + k * 2, "m"));
            }
            results.add(checked(String.format("doc%02d.txt", i), text, findings));
        }
        ReportRun held = ReportRun.of(dir.resolve("held"), results, 7);
        // Holding nothing writes each wanted page at once and removes it when pushed out, as before;
        // holding about two pages mixes the two: some written early and removed, some forgotten.
        ReportRun atOnce = ReportRun.of(dir.resolve("at-once"), results, 7, 0);
        ReportRun mixed = ReportRun.of(dir.resolve("mixed"), results, 7,
                2 * new HeldPages.Page(PageBudgetTest.row(0, 1, 0, 0), results.get(0), Map.of()).bytes());
        List<String> names;
        try (Stream<Path> files = Files.list(held.folder)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).hasSize(8);
        for (ReportRun other : List.of(atOnce, mixed)) {
            try (Stream<Path> files = Files.list(other.folder)) {
                assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(names);
            }
            for (String name : names) {
                assertThat(Files.readString(other.folder.resolve(name))).as(name)
                        .isEqualTo(Files.readString(held.folder.resolve(name)));
            }
            assertThat(other.warnings).isEmpty();
            assertThat(other.pageNote).isEqualTo(held.pageNote).isEqualTo(
                    "pages for the 7 worst of 60 documents; --report-pages N or all for more");
        }
    }

    @Test
    void aPageThatCannotBeWrittenUnderABudgetIsCountedApartFromTheBudget(@TempDir Path dir) throws IOException {
        List<FileResult> results = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String text = "Talks in Kiev went on. " + "x ".repeat(20);
            List<Finding> findings = new ArrayList<>();
            for (int k = 0; k <= i; k++) {
                findings.add(finding("TYPOGRAPHY_DOUBLE_SPACE", Category.TYPOGRAPHY, Severity.ERROR, text,
                        30 + k * 2, 31 + k * 2, "m"));
            }
            results.add(checked(String.format("doc%d.txt", i), text, findings));
        }
        // The worst document's page cannot be written: a folder has its name.
        Files.createDirectories(dir.resolve("doc2.txt.html").resolve("blocker"));
        ReportRun run = ReportRun.of(dir, results, 2);
        assertThat(run.warnings).singleElement().asString().contains("doc2.txt.html");
        assertThat(run.pageNote).isEqualTo("pages for the 1 worst of 3 documents; --report-pages N or all for more; "
                + "1 page not written (see the warnings)");
        Document index = parse(run.page("index.html"));
        assertThat(index.select("#rows a").eachAttr("href")).containsExactly("doc1.txt.html");
        assertThat(index.text()).contains("Only the 1 worst have a page of their own (--report-pages); "
                + "the findings of the other 1 are in the run's other output (text, JSON or SARIF). "
                + "1 page could not be written (the run's warnings say why).");
    }

    @Test
    void theSameInputsGiveTheSameBytes(@TempDir Path dir) throws IOException {
        ReportRun one = ReportRun.check(dir.resolve("one"), List.of(Path.of("seeds")));
        ReportRun two = ReportRun.check(dir.resolve("two"), List.of(Path.of("seeds")));
        try (Stream<Path> files = Files.list(one.folder)) {
            for (Path p : files.toList()) {
                assertThat(Files.readAllBytes(two.folder.resolve(p.getFileName()))).as(p.toString())
                        .isEqualTo(Files.readAllBytes(p));
            }
        }
    }

    @Test
    void linksInTheFolderAreReplacedNeverWrittenThrough(@TempDir Path dir) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path victim = Files.writeString(outside.resolve("victim.html"), "keep me");
        Path report = Files.createDirectories(dir.resolve("report"));
        Files.createSymbolicLink(report.resolve("000_68b0b6fc8582c976.txt.html"), victim);
        Files.createSymbolicLink(report.resolve("index.html"), victim);
        ReportRun run = ReportRun.check(report, List.of(Path.of("seeds")));
        assertThat(Files.readString(victim)).isEqualTo("keep me");
        assertThat(Files.isSymbolicLink(run.page("index.html"))).isFalse();
        assertThat(Files.isSymbolicLink(run.page("000_68b0b6fc8582c976.txt.html"))).isFalse();
        try (Stream<Path> files = Files.list(report)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".mtqa-"));
        }
    }

    @Test
    void aPageThatCannotBeWrittenIsAWarningAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        Path report = Files.createDirectories(dir.resolve("report"));
        Files.createDirectories(report.resolve("000_68b0b6fc8582c976.txt.html").resolve("blocker"));
        ReportRun run = ReportRun.check(report, List.of(Path.of("seeds")));
        assertThat(run.warnings).singleElement().asString().contains("000_68b0b6fc8582c976.txt.html");
        Document index = parse(run.page("index.html"));
        assertThat(index.select("#rows a")).hasSize(4);
        assertThat(index.select("#rows td.name").eachText()).contains("seeds/000_68b0b6fc8582c976.txt");
    }

    @Test
    void aFolderThatIsAFileIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("report"), "x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportRun.check(file, List.of(Path.of("seeds"))))
                .isInstanceOf(IOException.class).hasMessageContaining("not a folder");
    }
}
