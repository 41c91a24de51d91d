/** Contracts and their documents: records in, domain records out (ADR 0011). */
@NullMarked
package dev.clearance.persistence.contract;

import org.jspecify.annotations.NullMarked;
