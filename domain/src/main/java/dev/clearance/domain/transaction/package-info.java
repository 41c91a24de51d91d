/** The facts of one data transaction as the rules engine reads them (facts format v1). */
@org.jspecify.annotations.NullMarked
package dev.clearance.domain.transaction;
