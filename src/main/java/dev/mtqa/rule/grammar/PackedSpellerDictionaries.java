package dev.mtqa.rule.grammar;

import dev.mtqa.EnglishVariant;
import morfologik.fsa.builders.CFSA2Serializer;
import morfologik.stemming.Dictionary;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.spelling.morfologik.MorfologikMultiSpeller;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * LanguageTool's English spelling dictionaries made from its plain-text word lists, compiled once
 * when mtqa is built instead of in every run.
 *
 * <p>Why: besides its binary dictionaries, LanguageTool's English speller accepts the words of
 * three plain-text lists (some 600 KB: {@code spelling_global.txt}, {@code /en/multiwords.txt},
 * {@code /en/hunspell/spelling.txt} and the variant's own). Each run compiles them into an
 * automaton the first time a sentence is spell-checked, and serialising it (morfologik's
 * {@link CFSA2Serializer}) took 1.3 s of CPU before the first document of a full check could be
 * checked: a fifth of the CPU of checking one article.
 *
 * <p>How: the build runs {@link #main}, which lets LanguageTool compile the lists as it would
 * (the speller of each English variant looks up one word), takes the automata it built from
 * LanguageTool's cache of them ({@code MorfologikMultiSpeller.dicPathToDict}, keyed by the lists'
 * paths and the metadata file's), and writes each one, serialised as LanguageTool serialises it,
 * into the jar ({@value #FOLDER}). {@link #install} puts them back into that cache before
 * LanguageTool first looks, read with the same metadata file, so LanguageTool finds its
 * dictionaries made and compiles nothing; any list mtqa does not have packed (another
 * LanguageTool version's, a user's) is compiled by LanguageTool as before. Should the cache's
 * field be renamed by an upgrade, nothing is installed and LanguageTool compiles the lists itself
 * (and a test fails).
 */
public final class PackedSpellerDictionaries {
    /** Where in the jar the dictionaries are, with {@value #INDEX} naming them. */
    static final String FOLDER = "dev/mtqa/speller";
    /** One line per dictionary: LanguageTool's cache key, a tab, the automaton's file name. */
    static final String INDEX = "index.tsv";

    private static boolean installed;

    private PackedSpellerDictionaries() {
    }

    /**
     * Puts the packed dictionaries into LanguageTool's cache, once per process, before any speller
     * is built; true when they are there (false when none are packed or the cache was not found).
     */
    static synchronized boolean install() {
        return installed || reinstall();
    }

    /** {@link #install} even if done before: for a test that took the dictionaries out of the cache. */
    static synchronized boolean reinstall() {
        Map<String, Dictionary> cache = cache();
        InputStream index = PackedSpellerDictionaries.class.getClassLoader().getResourceAsStream(FOLDER + "/" + INDEX);
        if (cache == null || index == null) {
            return false;
        }
        Map<String, Dictionary> read = new TreeMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    continue;
                }
                String key = line.substring(0, tab);
                Dictionary dictionary = read(line.substring(tab + 1), metadataPath(key));
                if (dictionary == null) {
                    return false;
                }
                read.put(key, dictionary);
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        // LanguageTool's map has no lock: this runs before its first speller is built (in
        // LanguageToolRule's constructor, before any check), and keeps what is there already.
        read.forEach(cache::putIfAbsent);
        installed = true;
        return true;
    }

    /**
     * The metadata file LanguageTool read a dictionary with: its key is the lists' paths in
     * brackets, a separator, then that file's path ({@code "[a.txt, b.txt]|/en/hunspell/en_US.info"}).
     */
    static String metadataPath(String key) {
        int slash = key.indexOf('/', key.lastIndexOf(']') + 1);
        return slash < 0 ? key : key.substring(slash);
    }

    private static Dictionary read(String file, String metadata) throws IOException {
        try (InputStream info = JLanguageTool.getDataBroker().getFromResourceDirAsStream(metadata);
             InputStream fsa = PackedSpellerDictionaries.class.getClassLoader()
                     .getResourceAsStream(FOLDER + "/" + file)) {
            if (fsa == null || info == null) {
                return null;
            }
            return Dictionary.read(fsa, info);
        }
    }

    /** LanguageTool's cache of the dictionaries it compiled, by key; null if the field is gone. */
    @SuppressWarnings("unchecked")
    static Map<String, Dictionary> cache() {
        Field field = PrivateFields.find(MorfologikMultiSpeller.class, "dicPathToDict");
        try {
            return field == null ? null : (Map<String, Dictionary>) field.get(null);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }

    /**
     * Build step: compiles every English variant's plain-text word lists as LanguageTool does and
     * writes them, with their index, to the folder {@code args[0]}.
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        Map<String, Dictionary> cache = cache();
        if (cache == null) {
            throw new IllegalStateException("LanguageTool's speller cache (MorfologikMultiSpeller.dicPathToDict) "
                    + "was not found: this LanguageTool version keeps its dictionaries elsewhere");
        }
        for (EnglishVariant variant : EnglishVariant.values()) {
            compileWordLists(variant);
        }
        List<String> index = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Dictionary> entry : new TreeMap<>(cache).entrySet()) {
            String file = "dictionary-" + n++ + ".fsa";
            try (OutputStream out = Files.newOutputStream(folder.resolve(file))) {
                out.write(serialise(entry.getValue()));
            }
            index.add(entry.getKey() + "\t" + file);
        }
        Files.write(folder.resolve(INDEX), index, StandardCharsets.UTF_8);
    }

    /**
     * Makes LanguageTool compile {@code variant}'s word lists into its cache, unless they are
     * there: its spellers compile them when they first look a word up.
     */
    static void compileWordLists(EnglishVariant variant) throws IOException {
        JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode(variant.code()));
        for (org.languagetool.rules.Rule rule : tool.getAllRules()) {
            if (rule instanceof MorfologikSpellerRule speller) {
                speller.isMisspelled("news");
            }
        }
    }

    /** The automaton of {@code dictionary} serialised as LanguageTool serialises those it compiles. */
    static byte[] serialise(Dictionary dictionary) {
        try {
            return new CFSA2Serializer().serialize(dictionary.fsa, new ByteArrayOutputStream()).toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
