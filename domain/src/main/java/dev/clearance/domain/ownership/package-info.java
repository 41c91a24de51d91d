/**
 * Parties as registered and stored over time: their fact versions, ownership and employment edges with validity
 * periods, the graph as of a date, and the stored covered-person status. {@link
 * dev.clearance.domain.ownership.OwnershipGraph#toDirectory()} turns a graph into the facts the rules engine reads,
 * so covered-person status is computed by the same code as the classifier.
 */
@org.jspecify.annotations.NullMarked
package dev.clearance.domain.ownership;
