/** The append-only, hash-chained audit trail. */
@NullMarked
package dev.clearance.domain.audit;

import org.jspecify.annotations.NullMarked;
