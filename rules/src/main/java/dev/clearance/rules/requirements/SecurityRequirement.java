package dev.clearance.rules.requirements;

import dev.clearance.domain.requirement.RequirementId;

/**
 * An entry of the CISA catalog.
 *
 * @param level organization and covered-system level (section I) or covered-data level (section II)
 * @since 0.1.0
 */
public record SecurityRequirement(RequirementId id, Level level, String title) {

    /** @since 0.1.0 */
    public enum Level {
        ORGANIZATION,
        COVERED_SYSTEM,
        DATA
    }
}
