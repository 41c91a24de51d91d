/** Data scoping (28 CFR 202.249, 202.212), government-related data (202.222) and bulk thresholds (202.205). */
@org.jspecify.annotations.NullMarked
package dev.clearance.rules.bulk;
