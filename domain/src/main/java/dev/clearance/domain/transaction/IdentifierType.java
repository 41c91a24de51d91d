package dev.clearance.domain.transaction;

/**
 * Listed identifier types (28 CFR 202.234).
 *
 * @since 0.1.0
 */
public enum IdentifierType {
    SSN(IdentifierGroup.GOVERNMENT_ID),
    DRIVERS_LICENSE(IdentifierGroup.GOVERNMENT_ID),
    PASSPORT(IdentifierGroup.GOVERNMENT_ID),
    ALIEN_NUMBER(IdentifierGroup.GOVERNMENT_ID),
    FINANCIAL_ACCOUNT(IdentifierGroup.FINANCIAL_ACCOUNT),
    PIN(IdentifierGroup.FINANCIAL_ACCOUNT),
    IMEI(IdentifierGroup.DEVICE),
    MAC_ADDRESS(IdentifierGroup.DEVICE),
    SIM(IdentifierGroup.DEVICE),
    NAME(IdentifierGroup.DEMOGRAPHIC_CONTACT),
    DATE_OF_BIRTH(IdentifierGroup.DEMOGRAPHIC_CONTACT),
    PLACE_OF_BIRTH(IdentifierGroup.DEMOGRAPHIC_CONTACT),
    ZIP_CODE(IdentifierGroup.DEMOGRAPHIC_CONTACT),
    ADDRESS(IdentifierGroup.DEMOGRAPHIC_CONTACT),
    PHONE(IdentifierGroup.DEMOGRAPHIC_CONTACT),
    EMAIL(IdentifierGroup.DEMOGRAPHIC_CONTACT),
    PUBLIC_ACCOUNT_ID(IdentifierGroup.DEMOGRAPHIC_CONTACT),
    ADVERTISING_ID(IdentifierGroup.ADVERTISING),
    USERNAME(IdentifierGroup.ACCOUNT_AUTHENTICATION),
    PASSWORD(IdentifierGroup.ACCOUNT_AUTHENTICATION),
    SECURITY_ANSWER(IdentifierGroup.ACCOUNT_AUTHENTICATION),
    IP_ADDRESS(IdentifierGroup.NETWORK),
    COOKIE(IdentifierGroup.NETWORK),
    CALL_DETAIL(IdentifierGroup.CALL_DETAIL);

    private final IdentifierGroup group;

    IdentifierType(IdentifierGroup group) {
        this.group = group;
    }

    public IdentifierGroup group() {
        return group;
    }
}
