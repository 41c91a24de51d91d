/** Versioned rule sets and the configuration flags that carry the open legal readings. */
@org.jspecify.annotations.NullMarked
package dev.clearance.rules.ruleset;
