@NullMarked
package dev.clearance.screening.eval;

import org.jspecify.annotations.NullMarked;
