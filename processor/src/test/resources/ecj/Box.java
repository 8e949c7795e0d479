package demo;

import io.contractcheck.Contract;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Contracts of every form, each with a named call; each returns the arguments it got. */
public class Box<T extends Comparable<T>> {
  private final T value;

  /**
   * Boxes a value.
   *
   * @param value what the box holds
   */
  @Contract(namedCall = true)
  public Box(T value) {
    this.value = value;
  }

  /** A type-use nullness annotation, as JSpecify's: the named call's steps carry it. */
  @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)
  public @interface Nullable {}

  public T value() {
    return value;
  }

  /**
   * Maps the value.
   *
   * @param <R> the result
   * @param mapper maps the value
   * @param fallback the result when the mapper gives null
   * @return the mapped value
   * @throws IOException never
   */
  @Contract(namedCall = true)
  public <R extends Number & Comparable<R>> R map(Function<? super T, ? extends R> mapper,
      R fallback) throws IOException {
    R mapped = mapper.apply(value);
    return mapped == null ? fallback : mapped;
  }

  @Contract(namedCall = true)
  public static String join(String separator, String... parts) {
    return String.join(separator, parts);
  }

  @SafeVarargs
  @Contract(namedCall = true)
  public static <E> List<E> firstOf(int count, E... items) {
    return Arrays.asList(items).subList(0, count);
  }

  @SuppressWarnings("unchecked")
  @Contract(namedCall = true)
  public static <E> List<String> tagged(String prefix, E... tags) {
    List<String> all = new ArrayList<>(List.of(prefix));
    for (E tag : tags) {
      all.add(String.valueOf(tag));
    }
    return all;
  }

  @Contract(namedCall = true)
  public static String cells(int[][] grid, long scale, char mark, boolean strict, double weight) {
    return Arrays.deepToString(grid) + scale + mark + strict + weight;
  }

  @Contract(value = "demo.Box#join3", namedCall = true)
  public static String join(String first, String second, String third) {
    return first + second + third;
  }

  /**
   * Joins two.
   *
   * @param left first
   * @param right second
   * @return both
   * @deprecated use {@link #join(String, String, String)}
   */
  @Deprecated
  @Contract(namedCall = true, replacedBy = "demo.Box#join3")
  public static String concat(String left, String right) {
    return left + right;
  }

  /** @deprecated for removal */
  @Deprecated(forRemoval = true)
  @Contract(namedCall = true)
  public static String repeat(String text, int times) {
    return text.repeat(times);
  }

  /** Parameters whose names a step class cannot take as they are: URL2, $count2. */
  @Contract(namedCall = true)
  public static @Nullable String fetch(@Nullable String URL, int $count) {
    return URL + $count;
  }

  /** A nested type. */
  public static final class Label {
    final String text;

    @Contract(namedCall = true)
    public Label(String text, int size) {
      this.text = text + size;
    }
  }

  /**
   * A record, contract at the type: its canonical constructor, never the accessors, equals,
   * hashCode or toString (javac calls the implicit ones explicit, ECJ does not).
   */
  @Contract(namedCall = true)
  public record Point(int x, int y) {}
}
