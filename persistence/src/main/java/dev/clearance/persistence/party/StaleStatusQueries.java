package dev.clearance.persistence.party;

import static dev.clearance.persistence.jooq.Tables.COVERED_PERSON_DETERMINATION;
import static dev.clearance.persistence.jooq.Tables.EMPLOYMENT;
import static dev.clearance.persistence.jooq.Tables.OWNERSHIP_EDGE;
import static dev.clearance.persistence.jooq.Tables.PARTY;
import static dev.clearance.persistence.jooq.Tables.PARTY_VERSION;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;

import dev.clearance.domain.ownership.RegisteredPartyId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Select;

/**
 * Finds parties whose stored covered-person status is stale because a dated input took effect after it was
 * computed: a fact version, an ownership edge into the party or an employment of the individual whose
 * {@code valid_from} or (exclusive) {@code valid_to} falls after the latest determination's as-of date and on or
 * before today. Nothing else can change a status without a write, and every write recomputes at once.
 */
public final class StaleStatusQueries {
    private static final Field<UUID> PARTY_ID = field(name("b", "party_id"), UUID.class);
    private static final Field<LocalDate> BOUNDARY = field(name("b", "boundary"), LocalDate.class);
    private static final Field<UUID> LATEST_PARTY = field(name("l", "party_id"), UUID.class);
    private static final Field<LocalDate> LATEST_AS_OF = field(name("l", "as_of"), LocalDate.class);

    private final DSLContext dsl;

    public StaleStatusQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Non-archived parties with a determination older than an input boundary in {@code (asOf, today]}. */
    public List<RegisteredPartyId> staleOn(LocalDate today) {
        Select<Record2<UUID, LocalDate>> boundaries =
                select(PARTY_VERSION.PARTY_ID.as("party_id"), PARTY_VERSION.VALID_FROM.as("boundary"))
                        .from(PARTY_VERSION)
                        .unionAll(select(PARTY_VERSION.PARTY_ID, PARTY_VERSION.VALID_TO).from(PARTY_VERSION)
                                .where(PARTY_VERSION.VALID_TO.isNotNull()))
                        .unionAll(select(OWNERSHIP_EDGE.OWNED_PARTY_ID, OWNERSHIP_EDGE.VALID_FROM).from(OWNERSHIP_EDGE)
                                .where(OWNERSHIP_EDGE.ARCHIVED_AT.isNull()))
                        .unionAll(select(OWNERSHIP_EDGE.OWNED_PARTY_ID, OWNERSHIP_EDGE.VALID_TO).from(OWNERSHIP_EDGE)
                                .where(OWNERSHIP_EDGE.ARCHIVED_AT.isNull().and(OWNERSHIP_EDGE.VALID_TO.isNotNull())))
                        .unionAll(select(EMPLOYMENT.INDIVIDUAL_PARTY_ID, EMPLOYMENT.VALID_FROM).from(EMPLOYMENT)
                                .where(EMPLOYMENT.ARCHIVED_AT.isNull()))
                        .unionAll(select(EMPLOYMENT.INDIVIDUAL_PARTY_ID, EMPLOYMENT.VALID_TO).from(EMPLOYMENT)
                                .where(EMPLOYMENT.ARCHIVED_AT.isNull().and(EMPLOYMENT.VALID_TO.isNotNull())));
        var latest = select(COVERED_PERSON_DETERMINATION.PARTY_ID.as("party_id"),
                max(COVERED_PERSON_DETERMINATION.AS_OF).as("as_of"))
                .from(COVERED_PERSON_DETERMINATION)
                .groupBy(COVERED_PERSON_DETERMINATION.PARTY_ID);
        return dsl.select(PARTY_ID)
                .from(selectDistinct(PARTY_ID, BOUNDARY).from(boundaries.asTable("b")).asTable("b"))
                .join(latest.asTable("l")).on(LATEST_PARTY.eq(PARTY_ID))
                .join(PARTY).on(PARTY.ID.eq(PARTY_ID))
                .where(PARTY.ARCHIVED_AT.isNull())
                .and(BOUNDARY.gt(LATEST_AS_OF))
                .and(BOUNDARY.le(today))
                .groupBy(PARTY_ID)
                .orderBy(PARTY_ID)
                .fetch(PARTY_ID)
                .stream().map(RegisteredPartyId::new).toList();
    }
}
