/**
 * Screening evidence as stored: list snapshots and their entries, screenings with their hits and score parts, and
 * analysts' dispositions. Plain values with strings for list-specific enums, so that storing them needs neither the
 * screening engine nor a database type.
 */
@org.jspecify.annotations.NullMarked
package dev.clearance.domain.screening;
