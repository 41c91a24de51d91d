@NullMarked
package dev.clearance.screening.list.format;

import org.jspecify.annotations.NullMarked;
