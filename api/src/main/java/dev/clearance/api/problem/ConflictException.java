package dev.clearance.api.problem;

/** The request is valid but the resource is not in a state that allows it; becomes a 409 problem. */
public class ConflictException extends RuntimeException {
    public ConflictException(String detail) {
        super(detail);
    }
}
