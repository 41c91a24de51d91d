@NullMarked
package dev.clearance.screening.normalize;

import org.jspecify.annotations.NullMarked;
