/**
 * Strict input for the whole API (ADR 0010): one JSON reading mechanism that refuses type mismatches, duplicate
 * keys, trailing content, hostile text and dates out of range with the field's JSON path, before any use case runs.
 */
@NullMarked
package dev.clearance.api.input;

import org.jspecify.annotations.NullMarked;
