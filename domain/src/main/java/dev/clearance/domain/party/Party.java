package dev.clearance.domain.party;

/**
 * Anyone who deals with the U.S. person or owns or employs someone who does.
 *
 * @since 0.1.0
 */
public sealed interface Party permits Entity, Individual, Government {

    PartyId id();

    String name();

    /** On the Attorney General's Covered Persons List (28 CFR 202.211(a)(5), 202.701). */
    boolean designatedCoveredPerson();

    Relationship relationship();

    PartyKind kind();
}
