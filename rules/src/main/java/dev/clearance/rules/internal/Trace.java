package dev.clearance.rules.internal;

import dev.clearance.domain.classification.Citation;
import dev.clearance.domain.classification.Reason;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The reason trace of one evaluation. Local to a single call, never shared.
 */
public final class Trace {

    private final List<Reason> reasons = new ArrayList<>();
    private final Set<String> warnings = new LinkedHashSet<>();

    public void add(String rule, String section, String text) {
        reasons.add(new Reason(rule, Citation.of(section), text));
    }

    public void warn(String text) {
        warnings.add(text);
    }

    public List<Reason> reasons() {
        return List.copyOf(reasons);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
