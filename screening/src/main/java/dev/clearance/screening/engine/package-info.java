@NullMarked
package dev.clearance.screening.engine;

import org.jspecify.annotations.NullMarked;
