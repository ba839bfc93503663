package dev.mtqa.rule.script;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Edit;
import dev.mtqa.rule.Example;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.RuleMetadata;
import dev.mtqa.rule.encoding.Lookalikes;
import dev.mtqa.text.RareCharacters;
import dev.mtqa.text.Span;
import dev.mtqa.text.TextIndex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Text in another script left in the English text: an untranslated line of page chrome
 * ("Заголовок открываемого материала"), a sentence or a phrase the translation skipped.
 *
 * <p>The rule, in words. A word is a run of letters and combining marks; it is foreign when more
 * than half of its letters belong to a script other than Latin (ICU {@link UScript}; digits, punctuation,
 * symbols, emoji, "№" and "™" belong to no script and never count), unless it is a Latin word with
 * look-alike letters ({@link Lookalikes}: the encoding family's concern). Foreign words with only
 * spaces, digits or punctuation between them form a run. A run is reported when it has at least
 * three letters, or two where a character is a word (Chinese, Japanese, Korean): so a single Greek
 * letter ("the Omicron (ο) variant", "α-helix") or "μg" is not. Nor is a gloss: a run inside
 * brackets on an English line ("Vladimir Putin (Владимир Путин)") or followed by its translation in
 * brackets ("为人民服务 (Serve the People)"), which an editor put there on purpose.
 *
 * <p>A document whose letters are mostly in another script was not translated at all: it gets one
 * finding for the whole text, without a fix, instead of one per line.
 *
 * <p>Every finding carries an ICU transliteration so a reader who does not read the script knows
 * what it says. The fix depends on where the run is:
 * <ul>
 *   <li>a whole line in another script: delete the line. Safe when the line looks like page chrome
 *       (at most eight words, no digits, no sentence punctuation at its end: a label, a button, a
 *       heading of a widget) or repeats across documents of the corpus: in an English article such
 *       a line is untranslated interface text, and deleting it loses nothing the article says.
 *       Otherwise (a sentence, a dateline) it is article content that needs translating, so the
 *       deletion is offered for review only;</li>
 *   <li>a run inside an English line: no safe fix, it needs translating. The transliteration is
 *       offered for review, which is the right fix for a name ("Владимир Путин" → "Vladimir Putin").</li>
 * </ul>
 */
public final class ForeignScriptRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("UNTRANSLATED_FOREIGN_SCRIPT", Category.UNTRANSLATED,
            Severity.ERROR,
            "Text in another script (Cyrillic, Chinese, Arabic…) left untranslated in the English text",
            "This text is written in another script and was not translated, so English readers cannot read it. A "
                    + "whole line of it is usually interface text of the page the article was scraped from (a "
                    + "widget title, a button, a menu): delete it. A phrase inside an English sentence needs "
                    + "translating; a name needs transliterating. The message gives a transliteration so you can "
                    + "see what it says. Single letters (\u03b1, \u03bf), symbols (\u2116, \u2122, emoji) and glosses in "
                    + "brackets (\u201cPutin (\u041f\u0443\u0442\u0438\u043d)\u201d) are not reported.",
            List.of(
                    Example.flags("To participate in the discussion\nlog in or register\n"
                            + "<marker>\u0417\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a "
                            + "\u0441\u0442\u0430\u0442\u044c\u0438</marker>", ""),
                    Example.flags("The mayor said <marker>\u0441\u043b\u0430\u0432\u0430 "
                            + "\u0433\u0435\u0440\u043e\u044f\u043c</marker> and left.", "slava geroam"),
                    Example.flags("The banner read <marker>\u4e3a\u4eba\u6c11\u670d\u52a1</marker>.", "wei ren min fu wu"),
                    Example.accepts("The Omicron (\u03bf) variant, an \u03b1-helix, 5 \u03bcg, \u2116 5, Brand\u2122 \ud83d\ude00."),
                    Example.accepts("Vladimir Putin (\u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440 "
                            + "\u041f\u0443\u0442\u0438\u043d) spoke in Moscow."),
                    Example.accepts("The banner read \u4e3a\u4eba\u6c11\u670d\u52a1 (Serve the People)."),
                    Example.accepts("Zelenskyy met M\u00fcller in S\u00e3o Paulo and Nguy\u1ec5n in Pokrovsk.")));

    /** Brackets and what may stand between a run and them: spaces, quotes, light punctuation. */
    private static final String OPEN = "([\uFF08";
    private static final String CLOSE = ")]\uFF09";
    private static final String BETWEEN = " \t\u00A0\"'\u00AB\u00BB\u201C\u201D\u201E\u2018\u2019\u300C\u300D\u300E\u300F,:;\u2013\u2014-.\u3001\u3002";
    /** How far a gloss's brackets may be from the run. */
    private static final int GLOSS_REACH = 200;
    private static final int UI_MAX_WORDS = 8;
    /** A document is reported as a whole only with this many foreign letters: a lone foreign line is not a document. */
    private static final int WHOLE_DOCUMENT_MIN_LETTERS = 200;

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        RareCharacters rare = document.rareCharacters();
        if (!hasNonLatinLetter(text, rare, 0, text.length())) {
            return;
        }
        Lookalikes.WordScripts letters = Lookalikes.count(text, 0, text.length());
        if (letters.foreign() > letters.latin() && letters.foreign() >= WHOLE_DOCUMENT_MIN_LETTERS) {
            reportDocument(text, letters, out);
            return;
        }
        TextIndex index = document.index();
        for (int line = 0; line < index.lineCount(); line++) {
            Span span = index.line(line);
            if (hasNonLatinLetter(text, rare, span.start(), span.end())) {
                checkLine(document, context.profile(), line, out);
            }
        }
    }

    /**
     * Most of the document's letters are in another script: the article was not translated at all.
     * One finding for the document, not one per line, and no fix: deleting the text is not one.
     */
    private static void reportDocument(String text, Lookalikes.WordScripts letters, MatchSink out) {
        Span all = trim(text, new Span(0, text.length()));
        String sample = all.of(text);
        int cut = sample.indexOf('\n');
        sample = cut > 0 ? sample.substring(0, cut) : sample;
        String head = shorten(sample);
        int percent = (int) Math.round(100.0 * letters.foreign() / (letters.foreign() + letters.latin()));
        out.add(Match.of(all, "The document is not in English: " + percent + "% of its letters are in "
                + scripts(text.substring(all.start(), Math.min(all.end(), all.start() + 10_000)))
                + ". It begins \u201c" + head + "\u201d (transliterated: \u201c"
                + shorten(Transliteration.toLatin(head)) + "\u201d). Translate it, or drop it from the corpus."));
    }

    /** A word: its span, whether it is foreign, and how many foreign letters it has. */
    private record Word(int start, int end, boolean foreign, int letters) {
    }

    private static void checkLine(Document document, CorpusProfile profile, int lineNumber, MatchSink out) {
        String text = document.text();
        Span line = document.index().line(lineNumber);
        List<Word> words = words(text, line);
        if (words.stream().noneMatch(Word::foreign)) {
            return;
        }
        boolean lineHasLatin = words.stream().anyMatch(w -> !w.foreign);
        int i = 0;
        while (i < words.size()) {
            if (!words.get(i).foreign) {
                i++;
                continue;
            }
            int first = i;
            int letters = 0;
            while (i < words.size() && words.get(i).foreign) {
                letters += words.get(i).letters;
                i++;
            }
            Span run = new Span(words.get(first).start, words.get(i - 1).end);
            if (!bigEnough(text, run, letters)) {
                continue;
            }
            if (lineHasLatin && isGloss(text, line, run)) {
                continue;
            }
            String found = run.of(text);
            String latin = Transliteration.toLatin(found);
            String what = "Text in " + scripts(found) + " left untranslated: \u201c" + shorten(found)
                    + "\u201d (transliterated: \u201c" + shorten(latin) + "\u201d).";
            if (!lineHasLatin) {
                reportLine(document, profile, lineNumber, run, what, latin, out);
            } else {
                Edit transliterate = editFor(run, latin);
                String advice = " Translate it, or transliterate it if it is a name.";
                out.add(transliterate == null ? Match.of(run, what + advice) : Match.of(run, what + advice, transliterate));
            }
        }
    }

    /** The whole line is in another script: delete it, safely if it looks like page chrome. */
    private static void reportLine(Document document, CorpusProfile profile, int lineNumber, Span run, String what,
                                   String latin, MatchSink out) {
        String text = document.text();
        Span line = document.index().line(lineNumber);
        Span trimmed = trim(text, line);
        String lineText = trimmed.of(text);
        boolean repeated = profile.documents() >= 2 && profile.documentsWithLine(lineText) >= 2;
        boolean chrome = looksLikeChrome(lineText);
        boolean safe = repeated || chrome;
        String why = repeated
                ? " The line repeats across " + profile.documentsWithLine(lineText) + " documents: page chrome; delete it."
                : chrome
                ? " A short line with no sentence punctuation: interface text of the page (a widget title, a button); "
                        + "delete it."
                : " It reads as article content: translate it, or delete it if it is not part of the article.";
        List<Edit> edits = new ArrayList<>(2);
        edits.add(Edit.delete(document.index().lineWithBreak(lineNumber), safe));
        Edit transliterate = editFor(run, latin);
        if (transliterate != null) {
            edits.add(transliterate);
        }
        out.add(new Match(trimmed.start(), trimmed.end(), what + why, edits, null, null, null));
    }

    private static Edit editFor(Span run, String latin) {
        return latin.endsWith("\u2026") && run.length() > Transliteration.MAX_LENGTH
                ? null : Edit.replace(run, latin, Edit.REVIEW);
    }

    /** The words of a line, each marked foreign or Latin. */
    private static List<Word> words(String text, Span line) {
        List<Word> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int i = line.start();
        while (i < line.end()) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < line.end() && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            spans.add(new int[] {start, i});
        }
        Lookalikes.WordScripts all = Lookalikes.count(text, line.start(), line.end());
        boolean lineMostlyLatin = all.latin() > all.foreign();
        for (int[] s : spans) {
            Lookalikes.WordScripts w = Lookalikes.count(text, s[0], s[1]);
            // A tie ("μg", "kΩ", "ΔT") is a symbol or a unit, not foreign text.
            boolean foreign = w.foreign() > w.latin() && !Lookalikes.isLatinWordWithLookalikes(w, lineMostlyLatin);
            if (w.latin() == 0 && w.foreign() == 0) {
                continue; // marks only, or letters of no script: neither Latin nor foreign
            }
            words.add(new Word(s[0], s[1], foreign, w.foreign()));
        }
        return words;
    }

    private static boolean isWordChar(int cp) {
        int type = UCharacter.getType(cp);
        return UCharacter.isLetter(cp) || type == UCharacterCategory.NON_SPACING_MARK
                || type == UCharacterCategory.COMBINING_SPACING_MARK;
    }

    /** Three letters, or two in a script where a character is a whole word or syllable. */
    private static boolean bigEnough(String text, Span run, int letters) {
        if (letters >= 3) {
            return true;
        }
        if (letters < 2) {
            return false;
        }
        for (int i = run.start(); i < run.end(); ) {
            int cp = text.codePointAt(i);
            int script = UScript.getScript(cp);
            if (script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA
                    || script == UScript.HANGUL || script == UScript.YI) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * A gloss: the run inside brackets on an English line ("Putin (Путин)"), or followed by
     * bracketed Latin text, its translation ("为人民服务 (Serve the People)").
     */
    private static boolean isGloss(String text, Span line, Span run) {
        int limitBack = Math.max(line.start(), run.start() - GLOSS_REACH);
        int depth = 0;
        int open = -1;
        for (int i = run.start() - 1; i >= limitBack; i--) {
            char c = text.charAt(i);
            if (CLOSE.indexOf(c) >= 0) {
                depth++;
            } else if (OPEN.indexOf(c) >= 0) {
                if (depth == 0) {
                    open = i;
                    break;
                }
                depth--;
            }
        }
        int limitForward = Math.min(line.end(), run.end() + GLOSS_REACH);
        if (open >= 0) {
            depth = 0;
            for (int i = run.end(); i < limitForward; i++) {
                char c = text.charAt(i);
                if (OPEN.indexOf(c) >= 0) {
                    depth++;
                } else if (CLOSE.indexOf(c) >= 0) {
                    if (depth == 0) {
                        return true;
                    }
                    depth--;
                }
            }
        }
        int i = run.end();
        while (i < limitForward && BETWEEN.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i < limitForward && OPEN.indexOf(text.charAt(i)) >= 0) {
            for (int j = i + 1; j < limitForward && CLOSE.indexOf(text.charAt(j)) < 0; j++) {
                int cp = text.codePointAt(j);
                if (UCharacter.isLetter(cp) && UScript.getScript(cp) == UScript.LATIN) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Page chrome: a few words, no digits, no sentence punctuation at the end. */
    static boolean looksLikeChrome(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (UCharacter.isDigit(cp)) {
                return false;
            }
            boolean letter = UCharacter.isLetter(cp);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter || inWord && (cp == '-' || cp == '\'' || cp == '\u2019'
                    || UCharacter.getType(cp) == UCharacterCategory.NON_SPACING_MARK);
            i += Character.charCount(cp);
        }
        if (words == 0 || words > UI_MAX_WORDS) {
            return false;
        }
        int last = line.codePointBefore(line.length());
        return ".!?\u2026:;\u3002\uFF01\uFF1F\"\u201D\u00BB)".indexOf(last) < 0;
    }

    private static Span trim(String text, Span span) {
        int s = span.start();
        int e = span.end();
        while (s < e && (Character.isWhitespace(text.charAt(s)) || Character.isSpaceChar(text.charAt(s)))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || Character.isSpaceChar(text.charAt(e - 1)))) {
            e--;
        }
        return new Span(s, e);
    }

    /** "Cyrillic script (Russian)", "Han and Hiragana script". */
    private static String scripts(String run) {
        Set<String> names = new LinkedHashSet<>();
        boolean cyrillic = false;
        for (int i = 0; i < run.length(); ) {
            int cp = run.codePointAt(i);
            i += Character.charCount(cp);
            int script = UScript.getScript(cp);
            if (UCharacter.isLetter(cp) && script != UScript.COMMON && script != UScript.INHERITED
                    && script != UScript.LATIN) {
                names.add(UScript.getName(script).replace('_', ' '));
                cyrillic |= script == UScript.CYRILLIC;
            }
        }
        String list = String.join(" and ", names) + " script";
        String language = cyrillic && names.size() == 1 ? cyrillicLanguage(run) : null;
        return language == null ? list : list + " (" + language + ")";
    }

    /** A guess from letters only one language uses; null when the letters do not tell. */
    private static String cyrillicLanguage(String run) {
        String lower = run.toLowerCase(java.util.Locale.ROOT);
        if (lower.indexOf('\u0456') >= 0 && lower.indexOf('\u045E') >= 0) {
            return "Belarusian";
        }
        if (lower.indexOf('\u0457') >= 0 || lower.indexOf('\u0454') >= 0 || lower.indexOf('\u0491') >= 0
                || lower.indexOf('\u0456') >= 0) {
            return "probably Ukrainian";
        }
        if (lower.indexOf('\u044B') >= 0 || lower.indexOf('\u044D') >= 0 || lower.indexOf('\u044A') >= 0
                || lower.indexOf('\u0451') >= 0) {
            return "probably Russian";
        }
        return null;
    }

    private static String shorten(String s) {
        if (s.length() <= 120) {
            return s;
        }
        int cut = Character.isHighSurrogate(s.charAt(119)) ? 119 : 120;
        return s.substring(0, cut) + "\u2026";
    }

    /** A cheap test: does {@code text[from, to)} have a letter outside the Latin blocks? */
    /** Asks only the rare characters of the span: a letter of another script is one. */
    private static boolean hasNonLatinLetter(String text, RareCharacters rare, int from, int to) {
        for (int i = rare.next(from); i < to; i = rare.next(i + 1)) {
            char c = text.charAt(i);
            if (c >= 0x370 && !(c >= 0x1E00 && c <= 0x1EFF) && !(c >= 0x2000 && c <= 0x2BFF)
                    && !(c >= 0xFE00 && c <= 0xFE0F) && Character.isLetter(c)
                    || Character.isHighSurrogate(c) && i + 1 < to
                    && Character.isLetter(text.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }
}
