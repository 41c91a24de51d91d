/** Parties, their fact versions, ownership and employment edges, and stored covered-person determinations. */
@NullMarked
package dev.clearance.persistence.party;

import org.jspecify.annotations.NullMarked;
