/** The immutable result of the rules engine for one transaction: outcome, citations, reason trace, duties. */
@org.jspecify.annotations.NullMarked
package dev.clearance.domain.classification;
