package io.contractcheck.processor;

import java.util.function.Supplier;

/**
 * A value computed on first use, then kept. Arguments carry several facts that only some rules
 * read (name words, shape, erased type); computing them for every argument of every call cost more
 * than the checks themselves.
 */
final class Lazy<T> implements Supplier<T> {
  private Supplier<? extends T> compute;
  private T value;

  private Lazy(Supplier<? extends T> compute) {
    this.compute = compute;
  }

  static <T> Lazy<T> of(Supplier<? extends T> compute) {
    return new Lazy<>(compute);
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
