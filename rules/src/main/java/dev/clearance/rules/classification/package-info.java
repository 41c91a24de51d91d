/** The decision procedure of 28 CFR Part 202: facts in, cited classification out. */
@org.jspecify.annotations.NullMarked
package dev.clearance.rules.classification;
