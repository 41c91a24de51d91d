/** Identifiers of security requirements (CISA, January 2025, incorporated at 28 CFR 202.248). */
@org.jspecify.annotations.NullMarked
package dev.clearance.domain.requirement;
