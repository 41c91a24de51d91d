package dev.clearance.rules.coveredperson;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An unmodifiable list whose elements are computed on first access (findings and deciding paths of a batch
 * determination, which callers often never read). The supplier must return an unmodifiable list and be a pure
 * function of immutable state, so computing it twice in a race gives equal lists.
 */
final class LazyList<E> extends AbstractList<E> implements RandomAccess {

    private final Supplier<List<E>> supplier;
    private volatile List<E> value;

    LazyList(Supplier<List<E>> supplier) {
        this.supplier = supplier;
    }

    private List<E> value() {
        List<E> v = value;
        if (v == null) {
            v = supplier.get();
            value = v;
        }
        return v;
    }

    @Override
    public E get(int index) {
        return value().get(index);
    }

    @Override
    public int size() {
        return value().size();
    }
}
