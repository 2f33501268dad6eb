package io.conflicttimeline.nlp.annotation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** The contract's articleId for texts annotated over REST: first 128 bits of SHA-256 over the normalized text. */
public final class ArticleIds {

    private ArticleIds() {
    }

    public static String of(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201a\u201b\u2032]", "'")
                .replaceAll("[\u201c\u201d\u201e\u201f\u2033]", "\"")
                .replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]", "-")
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(n.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
