package dev.mtqa;

/** The English a document is checked against; decides spelling (colour/color) and some grammar. */
public enum EnglishVariant {
    US("en-US"),
    GB("en-GB");

    private final String code;

    EnglishVariant(String code) {
        this.code = code;
    }

    /** The BCP 47 code LanguageTool knows this variant by. */
    public String code() {
        return code;
    }

    public static EnglishVariant parse(String code) {
        for (EnglishVariant v : values()) {
            if (v.code.equalsIgnoreCase(code)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown English variant '" + code + "' (expected en-US or en-GB)");
    }

    @Override
    public String toString() {
        return code;
    }
}
