package dev.clearance.api.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The realm roles Clearance knows. The strings are Keycloak's realm role names; the UI keeps the same values in
 * {@code web-ui/src/lib/roles.ts} (checked by {@code RoleParityTest}). Role names for {@code @Secured} must be
 * compile-time constants, hence the nested {@link Names}.
 */
public enum Role {
    ANALYST(Names.ANALYST),
    SECURITY_REVIEWER(Names.SECURITY_REVIEWER),
    LEGAL_REVIEWER(Names.LEGAL_REVIEWER),
    AUDITOR(Names.AUDITOR),
    ADMIN(Names.ADMIN);

    private final String value;

    Role(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<Role> fromValue(String value) {
        return Arrays.stream(values()).filter(r -> r.value.equals(value)).findFirst();
    }

    /** Constants for annotations. */
    public static final class Names {
        public static final String ANALYST = "analyst";
        public static final String SECURITY_REVIEWER = "security-reviewer";
        public static final String LEGAL_REVIEWER = "legal-reviewer";
        public static final String AUDITOR = "auditor";
        public static final String ADMIN = "admin";

        private Names() {
        }
    }
}
