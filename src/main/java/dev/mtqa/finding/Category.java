package dev.mtqa.finding;

/**
 * What kind of damage a finding is. The ids are a public contract (JSON, SARIF, config files):
 * never rename one. Each maps to the MQM issue type that annotated corpora use.
 */
public enum Category {
    TERMINOLOGY("Terminology", "Names and honorifics spelled against the house style or the rest of the text"),
    BROKEN_SENTENCE("Fluency/Grammar", "Sentences split or glued by machine translation, fragments with no subject"),
    UNTRANSLATED("Accuracy/Untranslated", "Text in another script or language left in the English text"),
    BOILERPLATE("Design/Markup", "Page chrome and scraping residue: UI strings, promos, credits, repeated lines"),
    TYPOGRAPHY("Fluency/Punctuation", "Quotes, whitespace and dashes"),
    ENCODING("Fluency/Character encoding", "Mojibake, invisible characters, stray no-break spaces, entities, look-alike letters"),
    GRAMMAR("Fluency/Grammar", "Grammar errors"),
    SPELLING("Fluency/Spelling", "Misspellings"),
    STYLE("Style", "Style and calques");

    private final String mqm;
    private final String description;

    Category(String mqm, String description) {
        this.mqm = mqm;
        this.description = description;
    }

    /** The MQM issue type this category corresponds to. */
    public String mqm() {
        return mqm;
    }

    public String description() {
        return description;
    }
}
