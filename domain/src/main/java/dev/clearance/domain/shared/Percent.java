package dev.clearance.domain.shared;

import java.math.BigDecimal;

/**
 * A percentage between 0 and 100 inclusive, held exactly so that 49.99 + 0.01 is 50.
 *
 * @since 0.1.0
 */
public record Percent(BigDecimal value) implements Comparable<Percent> {

    public static final Percent ZERO = new Percent(BigDecimal.ZERO);
    public static final Percent HUNDRED = new Percent(BigDecimal.valueOf(100));

    public Percent {
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("percent must be between 0 and 100: " + value);
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    public static Percent of(String value) {
        return new Percent(new BigDecimal(value));
    }

    public static Percent of(double value) {
        return new Percent(BigDecimal.valueOf(value));
    }

    /** Adds two percentages, capping at 100 (owners' stakes that add up to more are a data error). */
    public Percent plusCapped(Percent other) {
        BigDecimal sum = value.add(other.value);
        return sum.compareTo(HUNDRED.value) > 0 ? HUNDRED : new Percent(sum);
    }

    public boolean isAtLeast(Percent other) {
        return compareTo(other) >= 0;
    }

    public boolean isLessThan(Percent other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Percent other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
