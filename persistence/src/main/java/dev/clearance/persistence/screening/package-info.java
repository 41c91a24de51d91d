/** List snapshots and their entries, screenings with their hits, and hit dispositions (append-only evidence). */
@NullMarked
package dev.clearance.persistence.screening;

import org.jspecify.annotations.NullMarked;
