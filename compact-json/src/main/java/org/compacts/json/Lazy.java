package org.compacts.json;

import java.util.function.Supplier;

/**
 * A value made on first use, once, and then shared: for the mapper, readers and writers of
 * {@link CompactJson}, so that a program that only writes (or only prints a schema) does not
 * pay for building the deserializers of every type, and the reverse. Thread-safe.
 */
final class Lazy<T> implements Supplier<T> {
  private Supplier<? extends T> make;
  private volatile T value;

  Lazy(Supplier<? extends T> make) {
    this.make = make;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = make.get();
          value = v;
          make = null;
        }
      }
    }
    return v;
  }
}
