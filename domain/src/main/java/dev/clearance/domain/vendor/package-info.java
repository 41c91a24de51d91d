/** Vendors: the parties the organization buys from, with their due-diligence profile. */
@NullMarked
package dev.clearance.domain.vendor;

import org.jspecify.annotations.NullMarked;
