package dev.mtqa.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report's own style sheet and scripts, inlined into every page so a page works alone, from
 * disk, offline. Each page's Content-Security-Policy allows exactly these inline blocks, by hash,
 * and nothing else: no other script runs even if some text escaped its escaping, and nothing is
 * fetched from the network.
 */
final class Assets {
    /** An inline block and the CSP source that allows it. */
    record Inline(String content, String hash) {
    }

    static final Inline STYLE = load("report.css");
    static final Inline FILE_SCRIPT = load("file.js");
    static final Inline INDEX_SCRIPT = load("index.js");

    private Assets() {
    }

    /** The policy of a page with the style sheet and {@code script}. */
    static String policy(Inline script) {
        return "default-src 'none'; style-src '" + STYLE.hash() + "'; script-src '" + script.hash()
                + "'; img-src 'none'; connect-src 'none'; font-src 'none'; form-action 'none'; base-uri 'none'";
    }

    private static Inline load(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing report resource " + name);
            }
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (content.contains("</") || content.contains("<!--")) {
                throw new IllegalStateException(name + " must not contain '</' or '<!--': the HTML parser would end its element");
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return new Inline(content, "sha256-" + Base64.getEncoder().encodeToString(digest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
