package dev.clearance.domain.transaction;

import dev.clearance.domain.shared.Percent;

/**
 * Terms of an investment agreement relevant to 28 CFR 202.228(b).
 *
 * @param extraRights rights beyond standard minority-shareholder protections (board seat, observer, ...)
 * @since 0.1.0
 */
public record InvestmentTerms(
        InvestmentInstrument instrument, Percent votingPercent, Percent equityPercent, boolean extraRights) {
}
