/** Countries of concern, the U.S.-person test (28 CFR 202.256) and covered persons (28 CFR 202.211). */
@org.jspecify.annotations.NullMarked
package dev.clearance.rules.coveredperson;
