/** Tiny values shared by every feature: country codes and percentages. */
@org.jspecify.annotations.NullMarked
package dev.clearance.domain.shared;
