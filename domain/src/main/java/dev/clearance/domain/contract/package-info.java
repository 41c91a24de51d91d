/** Contracts with vendors, their lifecycle and their attached documents (issue 11). */
@NullMarked
package dev.clearance.domain.contract;

import org.jspecify.annotations.NullMarked;
