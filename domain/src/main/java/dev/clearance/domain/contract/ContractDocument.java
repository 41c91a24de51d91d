package dev.clearance.domain.contract;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Metadata of a document attached to a contract. The bytes are kept by persistence beside this record (ADR 0011);
 * {@code sha256} is the hash of exactly those bytes, so a reader can prove the copy is the one uploaded.
 *
 * @param sizeBytes length of the content, 1 to {@link #MAX_SIZE_BYTES}
 *
 * @since 0.2.0
 */
public record ContractDocument(
        DocumentId id,
        ContractId contract,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        Instant uploadedAt,
        String uploadedBy,
        @Nullable Instant archivedAt) {

    /** 10 MiB: signed contracts and their schedules as PDF fit; ADR 0011 says why the limit is this size. */
    public static final long MAX_SIZE_BYTES = 10L * 1024 * 1024;
    public static final int MAX_FILE_NAME_LENGTH = 255;
    /** Formats a contract is signed and exchanged in; anything else is refused at upload. */
    public static final Set<String> CONTENT_TYPES = Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/msword",
            "text/plain",
            "image/png",
            "image/jpeg");

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public ContractDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        if (fileName.isBlank() || fileName.length() > MAX_FILE_NAME_LENGTH
                || fileName.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
            throw new IllegalArgumentException("file name must be 1 to " + MAX_FILE_NAME_LENGTH
                    + " characters without path separators or control characters");
        }
        if (!CONTENT_TYPES.contains(contentType)) {
            throw new IllegalArgumentException("content type " + contentType + " is not accepted; accepted: "
                    + new java.util.TreeSet<>(CONTENT_TYPES));
        }
        if (sizeBytes < 1 || sizeBytes > MAX_SIZE_BYTES) {
            throw new IllegalArgumentException("a document is 1 to " + MAX_SIZE_BYTES + " bytes, not " + sizeBytes);
        }
        if (!SHA_256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
    }
}
