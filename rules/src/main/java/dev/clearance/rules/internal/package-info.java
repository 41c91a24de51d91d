/** Helpers private to the rules engine. */
@org.jspecify.annotations.NullMarked
package dev.clearance.rules.internal;
