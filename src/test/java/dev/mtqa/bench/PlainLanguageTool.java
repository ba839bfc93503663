package dev.mtqa.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plain LanguageTool over a JSONL corpus, through its Java API with its default rules in one JVM:
 * the baseline mtqa's benchmark compares against. With one thread (the default) it is what a
 * program that simply calls LanguageTool does; with N threads, each has its own JLanguageTool (it
 * is not thread-safe) sharing one Language, as mtqa's workers do. Documents are streamed.
 * Prints documents, megabytes, matches and throughput.
 * Usage: {@code PlainLanguageTool CORPUS.jsonl [THREADS] [en-US]}.
 */
public final class PlainLanguageTool {
    private PlainLanguageTool() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Language language = Languages.getLanguageForShortCode(args.length > 2 ? args[2] : "en-US");
        ThreadLocal<JLanguageTool> tools = ThreadLocal.withInitial(() -> new JLanguageTool(language));
        ObjectMapper json = new ObjectMapper();
        AtomicLong documents = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong matches = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> pending = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String text = json.readTree(line).get("text").asText();
                pending.add(pool.submit(() -> {
                    try {
                        matches.addAndGet(tools.get().check(text).size());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    documents.incrementAndGet();
                    bytes.addAndGet(text.getBytes(StandardCharsets.UTF_8).length);
                }));
                if (pending.size() >= threads * 8) {
                    pending.remove(0).get();
                }
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double mb = bytes.get() / 1048576.0;
        System.out.printf(Locale.ROOT, "documents=%d megabytes=%.2f matches=%d seconds=%.1f docs_per_s=%.1f mb_per_s=%.3f%n",
                documents.get(), mb, matches.get(), seconds, documents.get() / seconds, mb / seconds);
    }
}
