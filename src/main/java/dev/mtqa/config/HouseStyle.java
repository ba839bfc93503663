package dev.mtqa.config;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The house style for names: which spelling of a place or person to use. Read from
 * {@code house-style.csv} tables and TBX termbases ({@code *.tbx}) in the rules folders; a later
 * entry for the same preferred spelling replaces an earlier one, so a user's folder overrides the
 * built-in table.
 */
public final class HouseStyle {
    public static final String TABLE = "house-style.csv";

    private final List<Term> terms;

    public HouseStyle(List<Term> terms) {
        Map<String, Term> byPreferred = new LinkedHashMap<>();
        for (Term term : terms) {
            byPreferred.remove(term.preferred());
            byPreferred.put(term.preferred(), term);
        }
        this.terms = List.copyOf(byPreferred.values());
    }

    public static HouseStyle load(RuleResources resources) {
        List<Term> terms = new ArrayList<>();
        for (RuleResources.Resource resource : resources.files(TABLE)) {
            terms.addAll(parseTable(resource.content(), resource.origin()));
        }
        for (RuleResources.Resource resource : resources.files(".tbx")) {
            terms.addAll(TbxReader.read(resource.content(), resource.origin()));
        }
        return new HouseStyle(terms);
    }

    public List<Term> terms() {
        return terms;
    }

    /**
     * This house style with {@code more} added; an entry for the same preferred spelling replaces the
     * earlier one. A replacing entry that names no exceptions keeps those of the entry it replaces
     * that still contain one of its variants, so {@code Kyiv: [Kiev]} in a configuration does not
     * start flagging "Chicken Kiev".
     */
    public HouseStyle with(List<Term> more) {
        Map<String, Term> byPreferred = new LinkedHashMap<>();
        terms.forEach(t -> byPreferred.put(t.preferred(), t));
        List<Term> all = new ArrayList<>(terms);
        for (Term given : more) {
            Term term = given;
            Term replaced = byPreferred.get(given.preferred());
            if (replaced != null && given.exceptions().isEmpty()) {
                List<String> kept = replaced.exceptions().stream()
                        .filter(e -> given.variants().stream().anyMatch(e::contains))
                        .toList();
                term = new Term(given.preferred(), given.variants(), kept, given.source(), given.origin());
            }
            byPreferred.put(term.preferred(), term);
            all.add(term);
        }
        return new HouseStyle(all);
    }

    /** Parses the CSV table format described in {@code rules/house-style.csv}. */
    static List<Term> parseTable(String csv, String origin) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        mapper.enable(CsvParser.Feature.ALLOW_COMMENTS);
        CsvSchema schema = CsvSchema.emptySchema().withComments();
        List<Term> terms = new ArrayList<>();
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).with(schema).readValues(csv)) {
            boolean header = true;
            while (rows.hasNext()) {
                int line = rows.getCurrentLocation().getLineNr();
                String[] row = rows.next();
                if (header) {
                    header = false;
                    if (row.length > 0 && row[0].equalsIgnoreCase("preferred")) {
                        continue;
                    }
                }
                if (row.length == 0 || (row.length == 1 && row[0].isBlank())) {
                    continue;
                }
                String where = origin + ":" + line;
                terms.add(new Term(row[0], split(cell(row, 1)), split(cell(row, 2)), cell(row, 3), where));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read the house-style table " + origin + ": " + e.getMessage(), e);
        }
        return terms;
    }

    private static String cell(String[] row, int i) {
        return i < row.length ? row[i].trim() : "";
    }

    private static List<String> split(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
