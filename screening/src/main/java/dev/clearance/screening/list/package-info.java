@NullMarked
package dev.clearance.screening.list;

import org.jspecify.annotations.NullMarked;
