/**
 * Parties, their ownership graph and their covered-person status (issue 5, "Parties and ownership"). Status is
 * computed by {@link dev.clearance.rules.coveredperson.CoveredPersonDeterminer}, the same code the classifier uses.
 */
@NullMarked
package dev.clearance.api.party;

import org.jspecify.annotations.NullMarked;
