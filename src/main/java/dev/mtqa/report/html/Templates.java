package dev.mtqa.report.html;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's Pebble templates ({@code dev/mtqa/report/html/*.peb}). Every {@code {{ value }}}
 * is escaped for HTML unless a template says otherwise, and the templates say otherwise in two
 * places only: the report's own script and style (resources of this jar, see {@link Assets}) and
 * the {@code json} filter, whose output {@link ScriptJson} makes safe inside a script element.
 * Unknown variables are errors, so a typo in a template fails the tests instead of printing
 * nothing.
 */
final class Templates {
    private static final String FOLDER = "dev/mtqa/report/html/";

    private final PebbleEngine engine;

    Templates() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix(FOLDER);
        loader.setSuffix(".peb");
        engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(true)
                .defaultLocale(Locale.ROOT)
                .extension(new ReportExtension())
                .build();
    }

    /** Renders template {@code name} with {@code context} to {@code out}. */
    void render(String name, Map<String, Object> context, Writer out) throws IOException {
        PebbleTemplate template = engine.getTemplate(name);
        template.evaluate(out, context, Locale.ROOT);
    }

    /** The {@code json} filter: any value as JSON that cannot end or break its script element. */
    private static final class ReportExtension extends AbstractExtension {
        @Override
        public Map<String, Filter> getFilters() {
            return Map.of("json", new Filter() {
                @Override
                public List<String> getArgumentNames() {
                    return List.of();
                }

                @Override
                public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                                    EvaluationContext context, int lineNumber) {
                    return new SafeString(ScriptJson.write(input));
                }
            });
        }
    }
}
