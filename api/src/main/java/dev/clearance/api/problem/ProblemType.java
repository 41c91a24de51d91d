package dev.clearance.api.problem;

import io.micronaut.http.HttpStatus;

/** Stable problem type slugs (RFC 9457 {@code type}); clients may rely on them, so never rename one. */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", "Invalid request", HttpStatus.BAD_REQUEST),
    UNAUTHORIZED("unauthorized", "Authentication required", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", "Not allowed for your roles", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", "Not found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    CONFLICT("conflict", "Conflict", HttpStatus.CONFLICT),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", HttpStatus.REQUEST_ENTITY_TOO_LARGE),
    DUPLICATE_VENDOR("duplicate-vendor", "Vendor already registered", HttpStatus.CONFLICT),
    OWNERSHIP_OVER_100_PERCENT("ownership-over-100-percent", "Ownership would exceed 100%", HttpStatus.CONFLICT),
    INTERNAL("internal", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR);

    public static final String BASE_URI = "https://clearance.dev/problems/";

    private final String slug;
    private final String title;
    private final HttpStatus status;

    ProblemType(String slug, String title, HttpStatus status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return BASE_URI + slug;
    }

    public String title() {
        return title;
    }

    public HttpStatus status() {
        return status;
    }

    /** The type for a status the framework produced on its own. */
    public static ProblemType forStatus(int code) {
        for (ProblemType t : values()) {
            if (t.status.getCode() == code) {
                return t;
            }
        }
        return code >= 500 ? INTERNAL : INVALID_REQUEST;
    }
}
