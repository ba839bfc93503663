package dev.mtqa.report;

import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Fix;
import dev.mtqa.finding.Severity;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * JUnit XML, which every CI system can display: a {@code testsuite} per input, a {@code testcase}
 * per finding. A finding at or above the fail-on severity is a {@code failure}; one below it is
 * {@code skipped} (shown, but not failing the build); an input without findings is one passing
 * test case, an unreadable input an {@code error}. Streamed one input at a time.
 *
 * <p>Everything is escaped, and characters XML 1.0 cannot hold at all (most C0 controls, unpaired
 * surrogates, U+FFFE/U+FFFF) are replaced by visible {@code \\uXXXX} escapes, so hostile article
 * text cannot make the file unreadable.
 */
public final class JunitReporter implements Reporter {
    private final XMLStreamWriter xml;
    private final OutputStream out;
    private final Severity failOn;

    /** @param failOn the lowest severity that fails; null when nothing fails */
    public JunitReporter(OutputStream out, Severity failOn) {
        this.out = out;
        this.failOn = failOn;
        try {
            this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        } catch (XMLStreamException e) {
            throw new IllegalStateException("no XML writer", e);
        }
    }

    @Override
    public void begin() {
        write(() -> {
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "mtqa");
            xml.writeCharacters("\n");
        });
    }

    @Override
    public void file(FileResult result) {
        String name = result.displayName();
        int failures = 0;
        for (Finding f : result.findings()) {
            if (fails(f)) {
                failures++;
            }
        }
        int tests = Math.max(1, result.findings().size());
        int errors = result.status() == FileResult.Status.FAILED ? 1 : 0;
        int skipped = result.status() == FileResult.Status.SKIPPED ? 1 : result.findings().size() - failures;
        int finalFailures = failures;
        write(() -> {
            xml.writeStartElement("testsuite");
            attribute("name", name);
            attribute("tests", Integer.toString(tests));
            attribute("failures", Integer.toString(finalFailures));
            attribute("errors", Integer.toString(errors));
            attribute("skipped", Integer.toString(skipped));
            xml.writeCharacters("\n");
            switch (result.status()) {
                case FAILED -> {
                    startCase(name, "read");
                    xml.writeEmptyElement("error");
                    attribute("message", "could not read: " + result.reason());
                    endCase();
                }
                case SKIPPED -> {
                    startCase(name, "read");
                    xml.writeEmptyElement("skipped");
                    attribute("message", "skipped: " + result.reason());
                    endCase();
                }
                case CHECKED -> {
                    if (result.findings().isEmpty()) {
                        xml.writeCharacters("  ");
                        xml.writeEmptyElement("testcase");
                        attribute("classname", name);
                        attribute("name", "no findings");
                        xml.writeCharacters("\n");
                    }
                    for (Finding f : result.findings()) {
                        finding(name, f);
                    }
                }
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.flush();
        });
    }

    private void finding(String file, Finding f) throws XMLStreamException {
        startCase(file, f.rule() + " at " + f.line() + ":" + f.column());
        if (fails(f)) {
            xml.writeStartElement("failure");
            attribute("message", f.message());
            attribute("type", f.rule());
            xml.writeCharacters(safe(details(file, f)));
            xml.writeEndElement();
        } else {
            xml.writeEmptyElement("skipped");
            attribute("message", f.severity().id() + " (below --fail-on " + (failOn == null ? "none" : failOn.id())
                    + "): " + f.message());
        }
        endCase();
    }

    private static String details(String file, Finding f) {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(':').append(f.line()).append(':').append(f.column()).append(": ")
                .append(f.severity().id()).append(": ").append(f.message()).append(" [").append(f.rule()).append("]\n");
        sb.append("category: ").append(f.category().name()).append('\n');
        sb.append("text: \u201c").append(f.text()).append("\u201d\n");
        for (Fix fix : f.fixes()) {
            sb.append("suggestion: ").append(fix.replacement().isEmpty() ? "delete" : "\u201c" + fix.replacement() + "\u201d")
                    .append(fix.safe() ? " (safe)" : " (review)").append('\n');
        }
        sb.append("fingerprint: ").append(f.fingerprint()).append('\n');
        return sb.toString();
    }

    private void startCase(String classname, String name) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testcase");
        attribute("classname", classname);
        attribute("name", name);
    }

    private void endCase() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private boolean fails(Finding f) {
        return failOn != null && f.severity().isAtLeast(failOn);
    }

    /** Attributes are one line: line breaks become spaces (a parser would do so anyway). */
    private void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, safe(TextReporter.oneLine(value)));
    }

    @Override
    public void end(Summary summary, long elapsedMillis) {
        write(() -> {
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        });
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every character XML 1.0 cannot contain replaced by a visible escape. */
    static String safe(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (ok) {
                if (sb != null) {
                    sb.append(c);
                }
            } else {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return sb == null ? text : sb.toString();
    }

    private interface XmlWrite {
        void run() throws XMLStreamException;
    }

    private static void write(XmlWrite action) {
        try {
            action.run();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException("cannot write the JUnit report", new java.io.IOException(e));
        }
    }
}
