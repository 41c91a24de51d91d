/**
 * Parties to a data transaction and the ownership and employment links between them. Links refer to parties by
 * {@link dev.clearance.domain.party.PartyId} through a {@link dev.clearance.domain.party.PartyDirectory}, so that
 * one party can appear in several places and ownership can form cycles.
 */
@org.jspecify.annotations.NullMarked
package dev.clearance.domain.party;
