/** Subpart E exemptions (28 CFR 202.501–202.511), each claim checked against the facts. */
@org.jspecify.annotations.NullMarked
package dev.clearance.rules.exemptions;
