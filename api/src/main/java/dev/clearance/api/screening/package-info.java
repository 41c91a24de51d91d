/**
 * List import and restricted-party screening kept as evidence (issue 5, "List import", "Screening as evidence"):
 * immutable list snapshots with hashes and diffs, screenings against the active snapshots with every hit's score
 * parts, and analysts' dispositions remembered per subject, entry and content hash.
 */
@NullMarked
package dev.clearance.api.screening;

import org.jspecify.annotations.NullMarked;
