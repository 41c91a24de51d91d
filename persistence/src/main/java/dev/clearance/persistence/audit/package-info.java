@NullMarked
package dev.clearance.persistence.audit;

import org.jspecify.annotations.NullMarked;
