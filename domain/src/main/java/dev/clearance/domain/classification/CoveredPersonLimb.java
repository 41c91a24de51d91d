package dev.clearance.domain.classification;

/**
 * The five paragraphs of 28 CFR 202.211(a) that make a person a covered person.
 *
 * @since 0.1.0
 */
public enum CoveredPersonLimb {
    /** Foreign entity owned 50%+ by countries of concern or (a)(2) persons, or organized/PPB in one. */
    A1("202.211(a)(1)"),
    /** Foreign entity owned 50%+ by (a)(1), (a)(3), (a)(4) or (a)(5) persons. */
    A2("202.211(a)(2)"),
    /** Foreign individual employed by or contracting for a country of concern or covered entity. */
    A3("202.211(a)(3)"),
    /** Foreign individual primarily resident in a country of concern. */
    A4("202.211(a)(4)"),
    /** Any person designated by the Attorney General, wherever located. */
    A5("202.211(a)(5)");

    private final String section;

    CoveredPersonLimb(String section) {
        this.section = section;
    }

    public Citation citation() {
        return Citation.of(section);
    }
}
