@NullMarked
package dev.clearance.persistence.vendor;

import org.jspecify.annotations.NullMarked;
