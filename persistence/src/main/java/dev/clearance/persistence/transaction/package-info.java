/** Covered data transactions, their fact revisions, the 12-month look-back and stored classifications. */
@NullMarked
package dev.clearance.persistence.transaction;

import org.jspecify.annotations.NullMarked;
