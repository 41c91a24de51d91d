/** The CISA requirement catalog (28 CFR 202.248) and the duties a classification gives rise to. */
@org.jspecify.annotations.NullMarked
package dev.clearance.rules.requirements;
