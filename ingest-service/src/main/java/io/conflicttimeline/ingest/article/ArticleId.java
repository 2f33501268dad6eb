package io.conflicttimeline.ingest.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The article id of the README contract: the first 128 bits of SHA-256 over the normalized cleaned text, so that
 * the same article gets the same id whoever sends it and however its quotes and spaces were typed.
 */
public final class ArticleId {

    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u2035\\u02BC]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u2036\\u00AB\\u00BB]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private ArticleId() {
    }

    /** NFKC, typographic quotes and dashes folded to ASCII, whitespace runs collapsed to one space, trimmed, lower-cased. */
    public static String normalize(String cleanedText) {
        String s = Normalizer.normalize(cleanedText, Normalizer.Form.NFKC);
        s = SINGLE_QUOTES.matcher(s).replaceAll("'");
        s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        s = DASHES.matcher(s).replaceAll("-");
        s = WHITESPACE.matcher(s).replaceAll(" ").trim();
        return s.toLowerCase(Locale.ROOT);
    }

    public static String of(String cleanedText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalize(cleanedText).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
