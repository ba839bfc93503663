package dev.mtqa.report.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mtqa.finding.Category;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Severity;
import dev.mtqa.fix.Fixer;
import dev.mtqa.fix.PlannedEdit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static dev.mtqa.report.html.Findings.checked;
import static dev.mtqa.report.html.Findings.finding;
import static dev.mtqa.report.html.Findings.fix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The report in a real browser: Debian's headless Chromium, driven by Selenium through the
 * system's chromedriver. Skipped, saying how to enable it, where they are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {
    /** Selenium warns that it has no DevTools binding for this Chromium; the tests do not use one. */
    private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

    private Path work;
    private Path downloads;
    private ChromeDriver driver;

    @BeforeAll
    void start() throws IOException {
        if (!HeadlessChromium.installed()) {
            System.err.println(HeadlessChromium.MISSING);
            return;
        }
        SELENIUM.setLevel(Level.SEVERE);
        work = Files.createTempDirectory("mtqa-browser");
        downloads = Files.createDirectories(work.resolve("downloads"));
        driver = HeadlessChromium.start(Files.createDirectories(work.resolve("profile")), downloads);
    }

    @BeforeEach
    void needsTheBrowser() {
        HeadlessChromium.assumeInstalled();
    }

    @AfterAll
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Clicks like a user who scrolled the element to the middle of the window, clear of the sticky bars. */
    private void click(By by) {
        WebElement element = driver.findElement(by);
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void open(Path page) {
        driver.get(page.toUri().toString());
    }

    /** Console errors (script errors, blocked content) since the last call. */
    private List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    @Test
    void everyPageLoadsCleanlyWithOneHighlightPerFinding() throws IOException {
        ReportRun run = ReportRun.check(work.resolve("seeds"), List.of(Path.of("seeds")));
        consoleErrors();
        for (FileResult result : run.results) {
            open(run.page(result.path().substring("seeds/".length()) + ".html"));
            assertThat(js("return document.querySelectorAll('[data-finding]').length")).isEqualTo((long) result.findings().size());
            assertThat(js("return new Set(Array.from(document.querySelectorAll('[data-finding]'), m => m.dataset.finding)).size"))
                    .isEqualTo((long) result.findings().size());
            assertThat(js("return typeof window.mtqa")).isEqualTo("object");
            assertThat(consoleErrors()).as(result.path()).isEmpty();
        }
        open(run.page("index.html"));
        assertThat(driver.findElements(By.cssSelector("#rows tr"))).hasSize(5);
        assertThat(driver.findElement(By.id("page-status")).getText()).startsWith("Documents 1–5 of 5");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void filtersHideAndShowAndKeysMoveBetweenFindings() throws IOException {
        ReportRun run = ReportRun.check(work.resolve("filters"), List.of(Path.of("seeds/000_68b0b6fc8582c976.txt")));
        open(run.page("000_68b0b6fc8582c976.txt.html"));
        WebElement body = driver.findElement(By.tagName("body"));
        body.sendKeys("j");
        assertThat(js("return window.mtqa.current()")).isEqualTo(1L);
        body.sendKeys("jj");
        assertThat(js("return window.mtqa.current()")).isEqualTo(3L);
        body.sendKeys("k");
        assertThat(js("return window.mtqa.current()")).isEqualTo(2L);
        assertThat(driver.findElement(By.cssSelector("#item-2 .explain")).isDisplayed()).isTrue();

        List<Finding> findings = run.results.get(0).findings();
        String category = findings.get(0).category().name();
        List<WebElement> ofCategory = driver.findElements(By.cssSelector("li[data-category='" + category + "']"));
        assertThat(ofCategory).isNotEmpty().allMatch(WebElement::isDisplayed);
        click(By.cssSelector("input[data-filter-category='" + category + "']"));
        assertThat(ofCategory).noneMatch(WebElement::isDisplayed);
        assertThat(driver.findElements(By.cssSelector("mark[data-category='" + category + "']")))
                .allMatch(m -> m.getAttribute("class").contains("off"));
        body.sendKeys("j");
        long current = (Long) js("return window.mtqa.current()");
        assertThat(findings.get((int) current - 1).category().name()).isNotEqualTo(category);
        click(By.cssSelector("input[data-filter-category='" + category + "']"));
        assertThat(ofCategory).allMatch(WebElement::isDisplayed);

        click(By.cssSelector("input[data-filter-severity='error']"));
        assertThat(driver.findElements(By.cssSelector("li[data-severity='error']"))).noneMatch(WebElement::isDisplayed);
        assertThat(driver.findElements(By.cssSelector("li[data-severity='warning']"))).allMatch(WebElement::isDisplayed);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aCleanDocumentHasAQuietPage() throws IOException {
        ReportRun run = ReportRun.of(work.resolve("clean"), List.of(checked("clean.txt", "Nothing to see.\r\n", List.of())));
        open(run.page("clean.txt.html"));
        driver.findElement(By.tagName("body")).sendKeys("jkar?");
        assertThat(driver.findElement(By.cssSelector(".panel .clean")).getText()).isEqualTo("No findings in this document.");
        assertThat(driver.findElement(By.id("help")).isDisplayed()).isTrue();
        assertThat(cleanedText()).isEqualTo("Nothing to see.\r\n");
        assertThat(consoleErrors()).isEmpty();
    }

    /** A text with astral characters, CR LF, and fixes that overlap, nest, repeat and insert at one point. */
    static FileResult fixture() {
        String text = "Kiev \ud83d\ude00 said. host talks\r\n\r\nPosted at 10:33 a.m.\r\n\r\n\ud835\udd18kraine  and Kyiv\u2019s "
                + "\u201cquote\" goes \ud83d\ude00\ud83d\ude00 on\n\nRead more\n";
        List<Finding> f = new ArrayList<>();
        int kiev = cp(text, "Kiev");
        f.add(finding("TERMINOLOGY_HOUSE_STYLE", Category.TERMINOLOGY, Severity.WARNING, text, kiev, kiev + 4, "Kyiv",
                fix(kiev, kiev + 4, "Kyiv", true)));
        int stop = cp(text, ". host");
        f.add(finding("BROKEN_SENTENCE_STRAY_FULL_STOP", Category.BROKEN_SENTENCE, Severity.ERROR, text, stop, stop + 6,
                "stray full stop", fix(stop, stop + 6, " host", false), fix(stop, stop + 6, ". Host", false)));
        int posted = cp(text, "Posted");
        int postedEnd = cp(text, "\r\n\r\n\ud835");
        f.add(finding("BOILERPLATE_TIMESTAMP", Category.BOILERPLATE, Severity.ERROR, text, posted, postedEnd,
                "timestamp", fix(posted, postedEnd + 2, "", true)));
        int time = cp(text, "10:33");
        f.add(finding("TYPOGRAPHY_TIME", Category.TYPOGRAPHY, Severity.WARNING, text, time, time + 5, "time",
                fix(time, time + 5, "10.33", false)));
        int at = cp(text, " 10:33");
        f.add(finding("TYPOGRAPHY_INSERT", Category.TYPOGRAPHY, Severity.INFO, text, at, at, "insert inside",
                fix(at, at, ",", false)));
        int math = cp(text, "\ud835\udd18");
        f.add(finding("ENCODING_LOOKALIKE_LETTER", Category.ENCODING, Severity.ERROR, text, math, math + 1, "math letter",
                fix(math, math + 1, "U", true)));
        int spaces = cp(text, "  and");
        f.add(finding("TYPOGRAPHY_DOUBLE_SPACE", Category.TYPOGRAPHY, Severity.INFO, text, spaces, spaces + 2, "two spaces",
                fix(spaces, spaces + 2, " ", true)));
        int apostrophe = cp(text, "\u2019s");
        f.add(finding("TYPOGRAPHY_MIXED_QUOTE_STYLE", Category.TYPOGRAPHY, Severity.INFO, text, apostrophe, apostrophe + 1,
                "mixed", fix(apostrophe, apostrophe + 1, "'", true)));
        f.add(finding("ENCODING_SAME_EDIT", Category.ENCODING, Severity.WARNING, text, apostrophe, apostrophe + 1,
                "same edit", fix(apostrophe, apostrophe + 1, "'", true)));
        int close = cp(text, "\" goes");
        f.add(finding("TYPOGRAPHY_MISMATCHED_QUOTES", Category.TYPOGRAPHY, Severity.WARNING, text, close, close + 1,
                "insert a", fix(close, close, "\u201d", false)));
        f.add(finding("TYPOGRAPHY_UNBALANCED_QUOTE", Category.TYPOGRAPHY, Severity.INFO, text, close, close + 1,
                "insert b", fix(close, close, "\"", false)));
        int emoji = cp(text, "\ud83d\ude00\ud83d\ude00");
        f.add(finding("ENCODING_INVISIBLE_CHARACTER", Category.ENCODING, Severity.WARNING, text, emoji, emoji + 3,
                "emoji", fix(emoji, emoji + 3, "", false), fix(emoji + 1, emoji + 2, "\ud83d\ude03", false)));
        int read = cp(text, "Read more");
        int length = text.codePointCount(0, text.length());
        f.add(finding("BOILERPLATE_PHRASE", Category.BOILERPLATE, Severity.ERROR, text, read, read + 9, "read more",
                fix(read, length, "", true)));
        return checked("fixture.txt", text, f);
    }

    private static int cp(String text, String of) {
        int at = text.indexOf(of);
        assertThat(at).as(of).isNotNegative();
        return text.codePointCount(0, at);
    }

    /** What mtqa's Java side makes of the same accepted set: {@code accepted} maps finding number to fix index. */
    private static String javaCleaned(FileResult result, Map<Integer, Integer> accepted) {
        List<PlannedEdit> chosen = new ArrayList<>();
        for (int n = 1; n <= result.findings().size(); n++) {
            Integer index = accepted.get(n);
            if (index != null) {
                Finding f = result.findings().get(n - 1);
                chosen.add(new PlannedEdit(f, f.fixes().get(index)));
            }
        }
        return Fixer.applyChosen(result.text(), chosen);
    }

    private String browserCleaned(Map<Integer, Integer> accepted) {
        List<List<Integer>> pairs = accepted.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList();
        js("window.mtqa.reset(); arguments[0].forEach(function (p) { window.mtqa.accept(p[0], p[1]); });", pairs);
        return cleanedText();
    }

    /**
     * The page's cleaned text, passed as JSON: WebDriver hands strings back with line breaks
     * normalised, and a CR matters here.
     */
    private String cleanedText() {
        try {
            return new ObjectMapper().readValue((String) js("return JSON.stringify(window.mtqa.cleanedText())"), String.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void acceptedFixesGiveTheTextMtqaFixGives() throws IOException {
        FileResult result = fixture();
        ReportRun run = ReportRun.of(work.resolve("fixes"), List.of(result));
        open(run.page("fixture.txt.html"));
        assertThat(js("return document.querySelectorAll('[data-finding]').length")).isEqualTo((long) result.findings().size());
        assertThat(browserCleaned(Map.of())).isEqualTo(result.text());

        Map<Integer, Integer> all = new java.util.TreeMap<>();
        Map<Integer, Integer> last = new java.util.TreeMap<>();
        for (int n = 1; n <= result.findings().size(); n++) {
            all.put(n, 0);
            last.put(n, result.findings().get(n - 1).fixes().size() - 1);
        }
        for (Map<Integer, Integer> accepted : List.of(all, last)) {
            assertThat(browserCleaned(accepted)).isEqualTo(javaCleaned(result, accepted));
        }
        Random random = new Random(42);
        for (int round = 0; round < 60; round++) {
            Map<Integer, Integer> accepted = new java.util.TreeMap<>();
            for (int n = 1; n <= result.findings().size(); n++) {
                if (random.nextInt(3) > 0) {
                    accepted.put(n, random.nextInt(result.findings().get(n - 1).fixes().size()));
                }
            }
            assertThat(browserCleaned(accepted)).as("accepted %s", accepted).isEqualTo(javaCleaned(result, accepted));
        }
        assertThat(consoleErrors()).isEmpty();
    }

    /**
     * Waits up to 10 s for the browser to finish writing {@code file}: it may create the file
     * before it writes it (seen once in CI: the test read it empty), so the file must also have
     * content that stays the same size between two looks, with no partial download beside it.
     */
    private void awaitDownload(Path file) throws IOException, InterruptedException {
        long size = -1;
        for (int i = 0; i < 100; i++) {
            boolean partial;
            try (Stream<Path> files = Files.list(downloads)) {
                partial = files.anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
            }
            long now = Files.exists(file) ? Files.size(file) : -1;
            if (!partial && now > 0 && now == size) {
                return;
            }
            size = now;
            Thread.sleep(100);
        }
    }

    @Test
    void acceptRejectAndDownloadThroughThePage() throws IOException, InterruptedException {
        FileResult result = fixture();
        ReportRun run = ReportRun.of(work.resolve("download"), List.of(result));
        open(run.page("fixture.txt.html"));
        click(By.cssSelector("button[data-accept='2'][data-fix-index='1']"));
        click(By.cssSelector("button[data-accept='1'][data-fix-index='0']"));
        click(By.cssSelector("button[data-accept-rule='TYPOGRAPHY_MIXED_QUOTE_STYLE']"));
        click(By.cssSelector("button[data-accept='6'][data-fix-index='0']"));
        click(By.cssSelector("button[data-reject='6']"));
        click(By.cssSelector("button[data-accept='13'][data-fix-index='0']"));
        click(By.cssSelector("button[data-accept='12'][data-fix-index='1']"));
        assertThat(driver.findElement(By.id("decision-status")).getText()).startsWith("5 fixes accepted");
        assertThat(driver.findElement(By.cssSelector("#f6")).getAttribute("class")).contains("rejected");

        Map<Integer, Integer> expected = new java.util.TreeMap<>(Map.of(1, 0, 2, 1, 12, 1, 13, 0));
        int mixed = result.findings().stream().map(Finding::rule).toList().indexOf("TYPOGRAPHY_MIXED_QUOTE_STYLE") + 1;
        expected.put(mixed, 0);
        String java = javaCleaned(result, expected);
        assertThat(cleanedText()).isEqualTo(java);

        click(By.id("download"));
        Path file = downloads.resolve("fixture.txt.cleaned.txt");
        awaitDownload(file);
        assertThat(file).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(java);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void hostileTextRunsNoScript() throws IOException {
        Path input = Files.createDirectories(work.resolve("hostile-in"));
        Files.writeString(input.resolve("hostile.txt"), HtmlReportTest.HOSTILE, StandardCharsets.UTF_8);
        ReportRun real = ReportRun.check(work.resolve("hostile-real"), List.of(input));
        FileResult crafted = checked("<img src=x onerror=alert(1)>.txt", HtmlReportTest.HOSTILE_WITH_NUL, List.of(
                finding("RULE\"><img src=x onerror=alert(2)>", Category.GRAMMAR, Severity.ERROR,
                        HtmlReportTest.HOSTILE_WITH_NUL, 9, 17, "</script><script>window.__pwned = 6</script>",
                        fix(9, 17, "<img src=x onerror=\"window.__pwned = 7\">", false))));
        ReportRun made = ReportRun.of(work.resolve("hostile-made"), List.of(crafted, HtmlReportTest.fiveMegabyteLine()));
        consoleErrors();
        List<Path> pages = new ArrayList<>(List.of(real.page("hostile.txt.html"), real.page("index.html"), made.page("index.html")));
        try (Stream<Path> files = Files.list(made.folder)) {
            files.filter(p -> !p.getFileName().toString().equals("index.html")).forEach(pages::add);
        }
        assertThat(pages).hasSize(5);
        for (Path page : pages) {
            open(page);
            js("window.mtqa && window.mtqa.acceptSafe && window.mtqa.acceptSafe();"
                    + " window.mtqa && window.mtqa.select && window.mtqa.select(1);");
            assertThat(js("return typeof window.__pwned")).as(page.toString()).isEqualTo("undefined");
            assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            assertThat(driver.findElements(By.tagName("img"))).isEmpty();
            assertThat(consoleErrors()).as(page.toString()).isEmpty();
        }
        open(real.page("hostile.txt.html"));
        assertThat(driver.findElement(By.id("text")).getText()).contains("<script>window.__pwned = 1</script>");
        assertThat(cleanedText()).isEqualTo(HtmlReportTest.HOSTILE);
    }

    @Test
    void theIndexPagesSortsAndFiltersALargeRun() throws IOException {
        List<FileResult> results = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            String text = "word ".repeat(10 + i);
            List<Finding> findings = new ArrayList<>();
            for (int k = 0; k < i % 5; k++) {
                findings.add(finding("TYPOGRAPHY_DOUBLE_SPACE", Category.TYPOGRAPHY, k == 0 ? Severity.ERROR : Severity.WARNING,
                        text, k * 5, k * 5 + 4, "m"));
            }
            results.add(checked(String.format("doc%03d.txt", i), text, findings));
        }
        ReportRun run = ReportRun.of(work.resolve("index"), results);
        open(run.page("index.html"));
        assertThat(driver.findElements(By.cssSelector("#rows tr"))).hasSize(50);
        assertThat(driver.findElement(By.id("page-status")).getText()).isEqualTo("Documents 1–50 of 250 · page 1 of 5");
        click(By.id("page-next"));
        assertThat(driver.findElement(By.id("page-status")).getText()).startsWith("Documents 51–100 of 250");
        click(By.cssSelector("th[data-sort='name']"));
        assertThat(driver.findElement(By.cssSelector("#rows tr td.name")).getText()).isEqualTo("doc000.txt");
        click(By.cssSelector("th[data-sort='name']"));
        assertThat(driver.findElement(By.cssSelector("#rows tr td.name")).getText()).isEqualTo("doc249.txt");
        click(By.cssSelector("th[data-sort='words']"));
        assertThat(driver.findElement(By.cssSelector("#rows tr td.name")).getText()).isEqualTo("doc249.txt");
        driver.findElement(By.id("filter-name")).sendKeys("doc01");
        assertThat(driver.findElements(By.cssSelector("#rows tr"))).hasSize(10);
        assertThat(driver.findElement(By.id("page-status")).getText()).contains("(filtered from 250)");
        driver.findElement(By.id("filter-name")).clear();
        click(By.id("filter-errors"));
        assertThat(driver.findElement(By.id("page-status")).getText()).startsWith("Documents 1–50 of 200");
        click(By.cssSelector("#rows a"));
        assertThat(driver.getCurrentUrl()).endsWith(".txt.html");
        assertThat(consoleErrors()).isEmpty();
    }
    @Test
    void documentsWithoutAPageAreRowsWithoutLinks() throws IOException {
        List<FileResult> results = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String text = "word ".repeat(20);
            List<Finding> findings = new ArrayList<>();
            for (int k = 0; k < i % 4; k++) {
                findings.add(finding("TYPOGRAPHY_DOUBLE_SPACE", Category.TYPOGRAPHY, Severity.ERROR, text, k * 5,
                        k * 5 + 4, "m"));
            }
            results.add(checked(String.format("doc%03d.txt", i), text, findings));
        }
        ReportRun run = ReportRun.of(work.resolve("budget"), results, 7);
        open(run.page("index.html"));
        assertThat(driver.findElements(By.cssSelector("#rows tr"))).hasSize(50);
        // Worst first: the seven with a page are the first rows, and every link opens a page.
        List<String> linked = driver.findElements(By.cssSelector("#rows td.name a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(linked).hasSize(7).allSatisfy(href -> assertThat(Path.of(java.net.URI.create(href))).exists());
        click(By.id("page-last"));
        assertThat(driver.findElements(By.cssSelector("#rows td.name a"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#rows td.name"))).hasSize(30);
        assertThat(consoleErrors()).isEmpty();
    }
}
