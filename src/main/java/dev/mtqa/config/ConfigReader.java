package dev.mtqa.config;

import dev.mtqa.GrammarMode;
import dev.mtqa.finding.Category;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code mtqa.yml}. Strict: an unknown key, a value of the wrong shape or an unknown level or
 * category is an error that names the file, the line and column, and what was expected, because a
 * typo that silently does nothing is worse than none. (Rule ids are checked later, against the
 * rules an {@link dev.mtqa.Mtqa} instance knows.)
 *
 * <p>The file is only composed into SnakeYAML's node tree, never turned into objects, so it cannot
 * instantiate anything; YAML 1.1's {@code off} (a boolean to YAML) is read as the word it is.
 */
public final class ConfigReader {
    /** The keys a configuration may have, in the order the README documents them. */
    public static final List<String> KEYS = List.of("lang", "failOn", "grammar", "categories", "rules", "houseStyle",
            "rulesDirs", "exclude");
    private static final List<String> LANGS = List.of("auto", "en-US", "en-GB");
    private static final List<String> FAIL_ON = List.of("error", "warning", "info", "none");
    private static final List<String> GRAMMAR = Arrays.stream(GrammarMode.values()).map(GrammarMode::toString).toList();
    private static final int MAX_BYTES = 1 << 20;

    private final String name;
    private final Path folder;

    private ConfigReader(String name, Path folder) {
        this.name = name;
        this.folder = folder;
    }

    /** The nearest {@code mtqa.yml} (or {@code mtqa.yaml}) in {@code start} or one of its parents. */
    public static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            for (String fileName : MtqaConfig.FILE_NAMES) {
                Path candidate = dir.resolve(fileName);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Reads and validates {@code file}; relative paths in it are resolved against its folder. */
    public static MtqaConfig read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfigException(name, 0, 0, "too large for a configuration file (over 1 MB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(name, 0, 0, "cannot read: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(name, 0, 0, "not UTF-8 text");
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        return new ConfigReader(name, folder).parseText(text, file);
    }

    /** Parses configuration text as if it were in {@code file}; for tests and for callers with text in hand. */
    public static MtqaConfig parse(String text, Path file) {
        return new ConfigReader(file.toString(), file.toAbsolutePath().normalize().getParent()).parseText(text, file);
    }

    private MtqaConfig parseText(String text, Path file) {
        Node root = compose(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (root == null || isNull(root)) {
            return new MtqaConfig(file, null, null, null, Severities.defaults(), List.of(), List.of(), List.of(),
                    Map.of());
        }
        MappingNode top = mapping(root, "the configuration: a mapping of keys such as lang: and rules:");
        String lang = null;
        String failOn = null;
        GrammarMode grammar = null;
        Map<Category, Level> categories = new EnumMap<>(Category.class);
        Map<String, Level> rules = new LinkedHashMap<>();
        Map<String, MtqaConfig.Position> ruleKeys = new LinkedHashMap<>();
        List<Term> houseStyle = new ArrayList<>();
        List<Path> rulesDirs = new ArrayList<>();
        List<String> exclude = new ArrayList<>();
        for (NodeTuple entry : entries(top)) {
            String key = key(entry);
            Node value = entry.getValueNode();
            switch (key) {
                case "lang" -> lang = oneOf(value, key, LANGS);
                case "failOn" -> failOn = oneOf(value, key, FAIL_ON);
                case "grammar" -> grammar = GrammarMode.parse(oneOf(value, key, GRAMMAR));
                case "categories" -> {
                    for (NodeTuple c : entries(optionalMapping(value, "categories: a mapping such as STYLE: off"))) {
                        Category category = category(c.getKeyNode());
                        categories.put(category, level(c.getValueNode(), category.name()));
                    }
                }
                case "rules" -> {
                    for (NodeTuple r : entries(optionalMapping(value, "rules: a mapping of rule ids such as "
                            + "TYPOGRAPHY_DOUBLE_SPACE: off"))) {
                        String id = key(r);
                        rules.put(id, level(r.getValueNode(), id));
                        ruleKeys.put(id, position(r.getKeyNode()));
                    }
                }
                case "houseStyle" -> {
                    for (NodeTuple h : entries(optionalMapping(value, "houseStyle: a mapping of preferred spellings "
                            + "to the variants to replace, such as Kyiv: [Kiev]"))) {
                        houseStyle.add(term(h));
                    }
                }
                case "rulesDirs" -> {
                    for (ScalarNode dir : scalars(value, key)) {
                        rulesDirs.add(directory(dir));
                    }
                }
                case "exclude" -> {
                    for (ScalarNode glob : scalars(value, key)) {
                        exclude.add(glob.getValue());
                    }
                }
                default -> throw error(entry.getKeyNode(), "unknown key '" + key + "'"
                        + suggestion(key, KEYS) + " (expected one of: " + String.join(", ", KEYS) + ")");
            }
        }
        return new MtqaConfig(file, lang, failOn, grammar, Severities.of(categories, rules), houseStyle, rulesDirs,
                exclude, ruleKeys);
    }

    private Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_BYTES);
        try {
            return new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new ConfigException(name, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    "not valid YAML: " + problem);
        } catch (YAMLException e) {
            throw new ConfigException(name, 0, 0, "not valid YAML: " + e.getMessage());
        }
    }

    /** The entries of a mapping, refusing duplicate keys (YAML forbids them; SnakeYAML's composer keeps both). */
    private List<NodeTuple> entries(MappingNode mapping) {
        Set<String> seen = new HashSet<>();
        for (NodeTuple entry : mapping.getValue()) {
            String key = key(entry);
            if (!seen.add(key)) {
                throw error(entry.getKeyNode(), "'" + key + "' is set twice");
            }
        }
        return mapping.getValue();
    }

    private String key(NodeTuple entry) {
        Node key = entry.getKeyNode();
        if (!(key instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw error(key, "expected a plain key");
        }
        return scalar.getValue().strip();
    }

    private MappingNode mapping(Node node, String expected) {
        if (node instanceof MappingNode m) {
            return m;
        }
        throw error(node, "expected " + expected);
    }

    /** A mapping, or nothing at all ({@code rules:} with no entries). */
    private MappingNode optionalMapping(Node node, String expected) {
        if (isNull(node)) {
            return new MappingNode(Tag.MAP, List.of(), org.yaml.snakeyaml.DumperOptions.FlowStyle.AUTO);
        }
        return mapping(node, expected);
    }

    private ScalarNode scalar(Node node, String what) {
        if (node instanceof ScalarNode s && !isNull(node)) {
            return s;
        }
        throw error(node, "expected a single value for " + what);
    }

    /** A list of plain values; a single value stands for a list of one. */
    private List<ScalarNode> scalars(Node node, String what) {
        if (isNull(node)) {
            return List.of();
        }
        if (node instanceof ScalarNode s) {
            return List.of(s);
        }
        if (node instanceof SequenceNode seq) {
            List<ScalarNode> values = new ArrayList<>();
            for (Node item : seq.getValue()) {
                values.add(scalar(item, "each item of " + what));
            }
            return values;
        }
        throw error(node, "expected a list of values for " + what + ", such as [a, b]");
    }

    private String oneOf(Node node, String key, List<String> allowed) {
        String value = scalar(node, key).getValue().strip();
        for (String a : allowed) {
            if (a.equalsIgnoreCase(value)) {
                return a;
            }
        }
        throw error(node, "unknown " + key + " '" + value + "' (expected " + String.join(", ", allowed) + ")");
    }

    private Level level(Node node, String what) {
        String value = scalar(node, what).getValue();
        try {
            return Level.parse(value);
        } catch (IllegalArgumentException e) {
            throw error(node, "unknown level '" + value + "' for " + what + " (expected " + Level.EXPECTED + ")");
        }
    }

    private Category category(Node node) {
        String value = scalar(node, "a category").getValue().strip();
        for (Category c : Category.values()) {
            if (c.name().equalsIgnoreCase(value)) {
                return c;
            }
        }
        List<String> names = Arrays.stream(Category.values()).map(Enum::name).toList();
        throw error(node, "unknown category '" + value + "'" + suggestion(value.toUpperCase(Locale.ROOT), names)
                + " (expected one of: " + String.join(", ", names) + ")");
    }

    private Term term(NodeTuple entry) {
        String preferred = key(entry);
        Node value = entry.getValueNode();
        String origin = name + ":" + position(entry.getKeyNode()).line();
        List<String> variants;
        List<String> exceptions = List.of();
        if (value instanceof MappingNode m) {
            variants = List.of();
            for (NodeTuple field : entries(m)) {
                String fieldName = key(field);
                switch (fieldName) {
                    case "variants" -> variants = values(field.getValueNode(), "variants");
                    case "exceptions" -> exceptions = values(field.getValueNode(), "exceptions");
                    default -> throw error(field.getKeyNode(), "unknown key '" + fieldName
                            + "' in a house-style entry (expected variants or exceptions)");
                }
            }
        } else {
            variants = values(value, preferred);
        }
        for (String variant : variants) {
            if (variant.equals(preferred)) {
                throw error(value, "'" + preferred + "' is both the preferred spelling and a variant to replace");
            }
        }
        return new Term(preferred, variants, exceptions, "mtqa.yml", origin);
    }

    private List<String> values(Node node, String what) {
        List<String> values = new ArrayList<>();
        for (ScalarNode s : scalars(node, what)) {
            String v = s.getValue().strip();
            if (v.isEmpty()) {
                throw error(s, "empty value in " + what);
            }
            values.add(v);
        }
        return values;
    }

    private Path directory(ScalarNode node) {
        String value = node.getValue().strip();
        Path dir;
        try {
            dir = folder.resolve(value).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw error(node, "not a valid path: '" + value + "'");
        }
        if (!Files.isDirectory(dir)) {
            throw error(node, "rules folder '" + value + "' does not exist (resolved to " + dir
                    + "; relative paths are relative to the configuration file's folder)");
        }
        return dir;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    private static MtqaConfig.Position position(Node node) {
        Mark mark = node.getStartMark();
        return mark == null ? new MtqaConfig.Position(0, 0) : new MtqaConfig.Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private ConfigException error(Node node, String problem) {
        MtqaConfig.Position at = position(node);
        return new ConfigException(name, at.line(), at.column(), problem);
    }

    /** ", did you mean 'x'?" for a near miss among {@code candidates}; empty otherwise. */
    static String suggestion(String typed, List<String> candidates) {
        return Suggestions.closest(typed, candidates).map(c -> ", did you mean '" + c + "'?").orElse("");
    }
}
