package io.conflicttimeline.ingest.cleaning;

import java.util.Locale;
import java.util.Map;

/** Spelling of a few outlets whose credit lines use a compressed or shouted form; unknown names are kept as written. */
public final class KnownOutlets {

    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("trtglobal", "TRT Global"),
            Map.entry("trtworld", "TRT World"),
            Map.entry("bbc", "BBC"),
            Map.entry("bbcnews", "BBC News"),
            Map.entry("wion", "WION"),
            Map.entry("wionews", "WION"),
            Map.entry("reuters", "Reuters"),
            Map.entry("ap", "Associated Press"),
            Map.entry("associatedpress", "Associated Press"),
            Map.entry("afp", "AFP"),
            Map.entry("aljazeera", "Al Jazeera"),
            Map.entry("cnn", "CNN"),
            Map.entry("theguardian", "The Guardian"),
            Map.entry("kyivindependent", "The Kyiv Independent"),
            Map.entry("thekyivindependent", "The Kyiv Independent"),
            Map.entry("ukrinform", "Ukrinform"),
            Map.entry("tass", "TASS"));

    private KnownOutlets() {
    }

    /** The canonical spelling of a known outlet, otherwise the name trimmed as given; null for blank input. */
    public static String canonical(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = TextLines.strip(name);
        return CANONICAL.getOrDefault(key(trimmed), trimmed);
    }

    /** Whether the name is one of the outlets in the table, whatever its spacing or case. */
    public static boolean isKnown(String name) {
        return name != null && CANONICAL.containsKey(key(name));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
