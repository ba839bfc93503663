package dev.mtqa.bench;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a deterministic benchmark corpus as JSONL: news-like articles assembled from sentence
 * templates, names, places and numbers (every template has enough slots that only about 4 % of the
 * sentences of a 10 MB corpus occur in another document too, so LanguageTool's result cache cannot make
 * the run trivial), with the artefacts mtqa looks for sprinkled in at realistic
 * rates: house-style variants, stray no-break spaces, mojibake, page chrome (some of it repeated
 * across documents, like a site template), printed-twice captions, machine-translation slips,
 * mixed quotes, untranslated lines. Same seed and size, same bytes.
 *
 * <p>Usage: {@code CorpusGenerator OUT.jsonl MEGABYTES [SEED]}.
 */
public final class CorpusGenerator {
    private static final List<String> FIRST = List.of("Olena", "Mykola", "Andriy", "Iryna", "Sergei", "Maria", "Dmytro",
            "Anna", "James", "Sarah", "Pierre", "Ingrid", "Ahmed", "Li", "Tomasz", "Elena", "Viktor", "Kateryna", "John",
            "Helen", "Oleksandr", "Natalia", "Pavel", "Yulia", "Robert", "Emma", "Hans", "Sofia", "Marco", "Aylin");
    private static final List<String> LAST = List.of("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Petrov",
            "Ivanova", "Melnyk", "Smith", "Johnson", "Dubois", "Larsen", "Hassan", "Wei", "Nowak", "Rossi", "Schmidt",
            "Kravchuk", "Moroz", "Lysenko", "Harris", "Brown", "Fischer", "Novak", "Horvat", "Yilmaz", "Garcia");
    private static final List<String> TITLES = List.of("Foreign Minister", "Defence Minister", "President",
            "spokeswoman", "spokesman", "Mayor", "Governor", "analyst", "Prime Minister", "ambassador", "commander");
    private static final List<String> PLACES = List.of("Kyiv", "Kharkiv", "Odesa", "Lviv", "Dnipro", "Mykolaiv",
            "Zaporizhzhia", "Kherson", "Sumy", "Poltava", "Moscow", "Warsaw", "Berlin", "Brussels", "Paris", "London",
            "Washington", "Ankara", "Beijing", "Vilnius", "Riga", "Tallinn", "Chisinau", "Bucharest", "Geneva");
    private static final List<String> OLD_PLACES = List.of("Kiev", "Kharkov", "Odessa", "Lvov", "Dnepr", "Nikolaev",
            "Zaporozhye", "Lugansk");
    private static final List<String> TOPICS = List.of("grain exports", "energy prices", "air defence", "the budget",
            "sanctions", "refugee support", "reconstruction", "the power grid", "peace talks", "military aid",
            "the harvest", "rail links", "gas storage", "port security", "cyber attacks", "drone production");
    private static final List<String> TEMPLATES = List.of(
            "{NAME}, the {TITLE}, said on {DAY} that talks on {TOPIC} would resume in {PLACE} next week.",
            "Officials in {PLACE} reported {N} incidents overnight, most of them near the railway station.",
            "\"We are not there yet, but the mood is better,\" {NAME} told reporters in {PLACE} on {DAY}.",
            "The government plans to spend {N} million euros on {TOPIC} by the end of {MONTH}.",
            "According to {NAME}, {TOPIC} will dominate the agenda when ministers meet in {PLACE}.",
            "Prices for {TOPIC} rose by {P} percent in {MONTH}, the statistics office said on {DAY}.",
            "On {DAY}, {NAME} declined to comment on reports that the deal on {TOPIC} had collapsed.",
            "The {TITLE} visited {PLACE} on {DAY} and met local officials to discuss {TOPIC}.",
            "Residents of {PLACE} said on {DAY} that the shelling had damaged {N} homes and a school.",
            "{NAME} and other analysts expect {TOPIC} to remain a point of friction between {PLACE} and {PLACE2}.",
            "In a statement on {DAY}, the {BODY} said it had \"no information\" about the meeting on {TOPIC} in {PLACE}.",
            "The agreement, signed in {PLACE} in {MONTH}, covers {TOPIC} and the exchange of {N} prisoners.",
            "{NAME} said the country needed more help with {TOPIC} before {MONTH}.",
            "Exports through {PLACE} fell to {N} thousand tonnes in {MONTH}, down from a year earlier.",
            "The talks on {TOPIC}, which began in {PLACE} on {DAY}, are expected to last until the end of {MONTH}.");
    /** Who issues statements; with the other slots, enough that a template rarely yields the same sentence twice. */
    private static final List<String> BODIES = List.of("ministry", "foreign ministry", "defence ministry",
            "energy ministry", "mayor's office", "embassy", "presidential office", "regional administration");
    private static final List<String> CHROME = List.of("Click to comment", "Leave a Reply", "Most Popular", "To Top",
            "Subscribe to our newsletter", "Share this article", "Advertisement", "Read more", "Related articles",
            "Oops! Something went wrong. Please try again later.");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private final SplittableRandom random;

    CorpusGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long bytes = (long) (Double.parseDouble(args[1]) * 1024 * 1024);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261123L;
        CorpusGenerator generator = new CorpusGenerator(seed);
        long written = 0;
        int id = 0;
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            while (written < bytes) {
                String text = generator.article();
                String line = "{\"id\":\"doc-" + (++id) + "\",\"source\":\"site-" + (id % 40) + "\",\"text\":\""
                        + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"}\n";
                w.write(line);
                written += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d documents, %.1f MB of text%n", out, id, written / 1048576.0);
    }

    String article() {
        StringBuilder sb = new StringBuilder();
        String headline = sentence().replaceAll("[.,\"]", "");
        sb.append(headline).append("\n\n");
        if (chance(0.15)) {
            sb.append(headline).append('\n'); // headline printed twice
        }
        if (chance(0.2)) {
            sb.append("Posted at ").append(1 + random.nextInt(12)).append(':').append(10 + random.nextInt(50))
                    .append(random.nextBoolean() ? " a.m." : " p.m.").append("\n\n");
        }
        int paragraphs = 5 + random.nextInt(10);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 1 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    sb.append(chance(0.02) ? "\u00a0" : " ");
                }
                sb.append(damage(sentence()));
            }
            sb.append(chance(0.03) ? "\u00a0\n\n" : "\n\n");
        }
        if (chance(0.5)) {
            sb.append(pick(CHROME)).append("\n");
        }
        if (chance(0.05)) {
            sb.append("\u0417\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a \u043e\u0442\u043a\u0440\u044b\u0432\u0430\u0435\u043c\u043e\u0433\u043e "
                    + "\u043c\u0430\u0442\u0435\u0440\u0438\u0430\u043b\u0430\n");
        }
        return sb.toString();
    }

    private String sentence() {
        String place = chance(0.05) ? pick(OLD_PLACES) : pick(PLACES);
        return pick(TEMPLATES)
                .replace("{NAME}", pick(FIRST) + " " + pick(LAST))
                .replace("{TITLE}", pick(TITLES))
                .replace("{BODY}", pick(BODIES))
                .replace("{TOPIC}", pick(TOPICS))
                .replace("{PLACE2}", pick(PLACES))
                .replace("{PLACE}", place)
                .replace("{DAY}", pick(DAYS))
                .replace("{MONTH}", pick(MONTHS))
                .replace("{N}", Integer.toString(2 + random.nextInt(900)))
                .replace("{P}", (1 + random.nextInt(20)) + "." + random.nextInt(10));
    }

    /** Machine-translation and scraping damage, each at a small rate. */
    private String damage(String sentence) {
        if (chance(0.01)) {
            return sentence.replace("'", "\u00e2\u20ac\u2122").replace(" said", " said\u00e2\u20ac\u2122s");
        }
        if (chance(0.02)) {
            return sentence.replace(" would resume", " would to resumed");
        }
        if (chance(0.02)) {
            int space = sentence.indexOf(' ', sentence.length() / 2);
            return space > 0 ? sentence.substring(0, space) + ". " + sentence.substring(space + 1) : sentence;
        }
        if (chance(0.03)) {
            return sentence.replace("\"", "\u201c").replaceFirst("\u201c", "\u201c").replaceFirst("\u201c([^\u201c]*)$", "\u201d$1");
        }
        if (chance(0.02)) {
            return sentence.replace(" the ", " the  ");
        }
        return sentence;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
