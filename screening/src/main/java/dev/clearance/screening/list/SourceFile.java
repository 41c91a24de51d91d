package dev.clearance.screening.list;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One file of an import with its SHA-256, size and number of records read from it.
 *
 * @param name    file name as given (e.g. {@code sdn.csv})
 * @param sha256  lower-case hex SHA-256 of the bytes
 * @param bytes   size in bytes
 * @param records records read (data rows or XML entries)
 */
public record SourceFile(String name, String sha256, long bytes, int records) {

    public SourceFile {
        Objects.requireNonNull(name, "name");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex characters");
        }
        if (bytes < 0 || records < 0) {
            throw new IllegalArgumentException("bytes and records must not be negative");
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
