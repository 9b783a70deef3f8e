package org.parley.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Stable identifiers: hashes and slugs for minted IRIs. */
public final class Ids {
    private Ids() {
    }

    /** The first 16 hex digits of the SHA-256 of the text. */
    public static String hash(String text) {
        return sha256(text).substring(0, 16);
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** "Sergei Shoigu" -> "sergei-shoigu"; accents folded, anything else dropped. */
    public static String slug(String label) {
        String folded = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? hash(label) : slug;
    }
}
