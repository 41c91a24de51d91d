package dev.clearance.persistence.party;

import static dev.clearance.persistence.jooq.Tables.OWNERSHIP_EDGE;
import static dev.clearance.persistence.jooq.Tables.PARTY;

import dev.clearance.domain.ownership.NewOwnershipEdge;
import dev.clearance.domain.ownership.OwnershipEdge;
import dev.clearance.domain.ownership.OwnershipEdgeId;
import dev.clearance.domain.ownership.RegisteredPartyId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;

/** Writes ownership edges. Edges are never deleted: archiving retracts one. Runs in the caller's transaction. */
public final class OwnershipStore {
    private final DSLContext dsl;

    public OwnershipStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Locks the owned party's row until the transaction ends, so the stakes read for the 100% check cannot change
     * before the new stake is written. NB: lockGraph serializes graph changes today too; this lock keeps the stake
     * rule safe on its own should that lock ever be narrowed.
     */
    public void lockOwned(RegisteredPartyId owned) {
        dsl.select(PARTY.ID).from(PARTY).where(PARTY.ID.eq(owned.value())).forUpdate().fetch();
    }

    public OwnershipEdge insert(OwnershipEdgeId id, NewOwnershipEdge edge, Instant at, String by) {
        dsl.insertInto(OWNERSHIP_EDGE)
                .set(OWNERSHIP_EDGE.ID, id.value())
                .set(OWNERSHIP_EDGE.OWNER_PARTY_ID, edge.owner().value())
                .set(OWNERSHIP_EDGE.OWNED_PARTY_ID, edge.owned().value())
                .set(OWNERSHIP_EDGE.PERCENT, edge.percent().value())
                .set(OWNERSHIP_EDGE.VALID_FROM, edge.validity().from())
                .set(OWNERSHIP_EDGE.VALID_TO, edge.validity().to())
                .set(OWNERSHIP_EDGE.SOURCE, edge.source())
                .set(OWNERSHIP_EDGE.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .set(OWNERSHIP_EDGE.CREATED_BY, by)
                .execute();
        return new OwnershipEdge(id, edge.owner(), edge.owned(), edge.percent(), edge.validity(), edge.source(), at,
                by, null);
    }

    /**
     * Archives an edge that is not archived yet, with the reason given (or none); empty when there is no such edge
     * or it already was.
     */
    public Optional<OwnershipEdge> archive(OwnershipEdgeId id, Instant at, String by,
                                           @org.jspecify.annotations.Nullable String reason) {
        return dsl.update(OWNERSHIP_EDGE)
                .set(OWNERSHIP_EDGE.ARCHIVED_AT, at.atOffset(ZoneOffset.UTC))
                .set(OWNERSHIP_EDGE.ARCHIVED_BY, by)
                .set(OWNERSHIP_EDGE.ARCHIVE_REASON, reason)
                .where(OWNERSHIP_EDGE.ID.eq(id.value()).and(OWNERSHIP_EDGE.ARCHIVED_AT.isNull()))
                .returning()
                .fetchOptional()
                .map(Rows::edge);
    }
}
