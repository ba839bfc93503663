package dev.mtqa.text;

import dev.mtqa.EnglishVariant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a text is written in American or British English by counting words that the
 * two spell differently, taken from LanguageTool's list of 4,800 pairs but only where the
 * difference is one of the systematic ones (-or/-our, -ize/-ise and -yze/-yse, -er/-re,
 * -ense/-ence, -l-/-ll-, e/ae/oe): LanguageTool's list also pairs words both varieties use
 * ("dialog/dialogue", "guaranty/guarantee"), which would mislead. A text with more British than
 * American forms is British; more American, American; neither or a tie, undecided. Checking a
 * British article as British means only the odd American spelling in it is flagged, not every
 * British one.
 */
public final class EnglishVariantDetector {
    /** LanguageTool's en-US;en-GB spelling pairs. */
    private static final String PAIRS = "/org/languagetool/resource/en/en-US-GB.txt";
    /** No word shorter than this differs between the varieties in a way the detector uses (eon/aeon). */
    private static final int SHORTEST = 3;
    private static final EnglishVariantDetector INSTANCE = new EnglishVariantDetector(load());

    private final AsciiWordMap<EnglishVariant> variantOfWord;

    EnglishVariantDetector(Map<String, EnglishVariant> variantOfWord) {
        this.variantOfWord = new AsciiWordMap<>(variantOfWord);
    }

    public static EnglishVariantDetector get() {
        return INSTANCE;
    }

    /** The variant {@code text} is written in, if its spelling says so. */
    public Optional<EnglishVariant> detect(String text) {
        return detect(Words.of(text));
    }

    /** The variant of the text whose words these are, if its spelling says so. */
    public Optional<EnglishVariant> detect(Words words) {
        int us = 0;
        int gb = 0;
        for (int w = 0; w < words.size(); w++) {
            if (words.end(w) - words.start(w) < SHORTEST) {
                continue;
            }
            EnglishVariant v = variantOfWord.get(words.text(), words.start(w), words.end(w), words.capitalised(w));
            if (v == EnglishVariant.US) {
                us++;
            } else if (v == EnglishVariant.GB) {
                gb++;
            }
        }
        if (us == gb) {
            return Optional.empty();
        }
        return Optional.of(gb > us ? EnglishVariant.GB : EnglishVariant.US);
    }

    private static Map<String, EnglishVariant> load() {
        Map<String, EnglishVariant> words = new HashMap<>();
        try (InputStream in = EnglishVariantDetector.class.getResourceAsStream(PAIRS)) {
            if (in == null) {
                return words;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || !line.contains(";")) {
                    continue;
                }
                String[] pair = line.split(";", 2);
                String us = pair[0].trim().toLowerCase(Locale.ROOT);
                String gb = pair[1].trim().toLowerCase(Locale.ROOT);
                if (systematic(us, gb)) {
                    claim(words, us, EnglishVariant.US);
                    claim(words, gb, EnglishVariant.GB);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PAIRS, e);
        }
        words.values().removeIf(v -> v == null);
        return words;
    }

    /** True when the two spellings differ in one of the regular American/British ways. */
    static boolean systematic(String us, String gb) {
        if (us.equals(gb)) {
            return false;
        }
        return gb.replace("our", "or").equals(us)
                || onlySToZ(gb, us)
                || gb.replaceAll("([^aeiou])re(s?)$", "$1er$2").equals(us)
                || (gb.replace("ence", "ense").equals(us) && !gb.startsWith("licen") && !gb.startsWith("practi"))
                || (gb.contains("ll") && gb.replace("ll", "l").equals(us))
                || (us.contains("ll") && us.replace("ll", "l").equals(gb))
                || gb.replace("ae", "e").equals(us)
                || gb.replace("oe", "e").equals(us);
    }

    /** Same letters except that some s in the British spelling are z in the American one (organise/organize). */
    private static boolean onlySToZ(String gb, String us) {
        if (gb.length() != us.length()) {
            return false;
        }
        boolean differs = false;
        for (int i = 0; i < gb.length(); i++) {
            if (gb.charAt(i) != us.charAt(i)) {
                if (gb.charAt(i) != 's' || us.charAt(i) != 'z') {
                    return false;
                }
                differs = true;
            }
        }
        return differs;
    }

    /** A word listed on both sides is a form both varieties use: it tells nothing, so it maps to null. */
    private static void claim(Map<String, EnglishVariant> words, String word, EnglishVariant variant) {
        if (words.containsKey(word) && words.get(word) != variant) {
            words.put(word, null);
        } else {
            words.put(word, variant);
        }
    }
}
