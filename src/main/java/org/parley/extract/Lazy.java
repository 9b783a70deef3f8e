package org.parley.extract;

import java.util.function.Supplier;

/** A value computed on first use and kept; for use by one thread at a time. */
final class Lazy<T> implements Supplier<T> {
    private Supplier<T> compute;
    private T value;

    Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public T get() {
        if (compute != null) {
            value = compute.get();
            compute = null;
        }
        return value;
    }
}
