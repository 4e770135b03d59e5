package io.triangulate.text;

/** Languages the product tells apart. Codes are ISO 639-1, as stored in tables. */
public enum Language {
    ARABIC("ar"), ENGLISH("en"), OTHER("other");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Language fromCode(String code) {
        if (code == null) {
            return OTHER;
        }
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code.trim())) {
                return l;
            }
        }
        return OTHER;
    }
}
