package dev.clearance.api.problem;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Objects;

/** One invalid input, named by its JSON path in the request body ({@code $.owners[0].percent}). */
@Serdeable
public record Violation(String field, String message) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
