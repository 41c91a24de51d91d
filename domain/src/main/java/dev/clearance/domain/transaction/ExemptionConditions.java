package dev.clearance.domain.transaction;

import org.jspecify.annotations.Nullable;

/**
 * Facts that can defeat a claimed 28 CFR 202.501 or 202.502 exemption (facts format v1, {@code exemptionFacts}).
 * Each is {@code null} when not stated: the claim is then taken as made on the analyst's word, and the reason trace
 * says which condition was asserted.
 *
 * @param valueTransferred             202.501: something of value passes with the communication (a carrier's fee for
 *                                     delivering it does not count)
 * @param expressive                   202.502, 202.226: expressive material (publications, films, recordings,
 *                                     photographs, artworks, news wire feeds), not technical, functional or other
 *                                     non-expressive data
 * @param fullyCreatedBeforeTransaction 202.226: fully created and in existence at the date of the transaction
 * @param madeToRecipientSpecification 202.226: made or compiled to the recipient's specification (a custom data set)
 * @param alteredOrEnhanced            202.226: a substantive or artistic alteration or enhancement, or marketing and
 *                                     business consulting services, rather than the material itself
 * @param exportControlled             202.226: controlled for export for nonproliferation or antiterrorism reasons,
 *                                     or covered by 18 U.S.C. chapter 37 (espionage)
 * @since 0.2.0
 */
public record ExemptionConditions(
        @Nullable Boolean valueTransferred,
        @Nullable Boolean expressive,
        @Nullable Boolean fullyCreatedBeforeTransaction,
        @Nullable Boolean madeToRecipientSpecification,
        @Nullable Boolean alteredOrEnhanced,
        @Nullable Boolean exportControlled) {

    /** Nothing stated: every claim is taken as made. */
    public static final ExemptionConditions NONE_STATED = new ExemptionConditions(null, null, null, null, null, null);
}
