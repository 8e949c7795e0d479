package io.contractcheck.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the code around a call says about the order of two of its arguments (docs/audit-mode.md,
 * R7 to R9): names that form an ordered pair, a receiving variable that spells the order out,
 * names rotated across calls of one callee, and how often each order is used in one method.
 */
final class ArgumentOrder {
  /** Words that name the two ends of something ordered; exchanging them is rarely meant. */
  private static final List<List<String>> ORDERED_PAIRS = List.of(
      List.of("begin", "end"), List.of("start", "end"), List.of("from", "to"),
      List.of("min", "max"), List.of("minimum", "maximum"), List.of("first", "last"),
      List.of("low", "high"), List.of("lower", "upper"), List.of("lo", "hi"),
      List.of("start", "stop"), List.of("head", "tail"), List.of("floor", "ceiling"));

  /** The pairs above whose ends are positions in a sequence. */
  private static final List<List<String>> POSITION_PAIRS = List.of(
      List.of("begin", "end"), List.of("start", "end"), List.of("from", "to"),
      List.of("first", "last"), List.of("start", "stop"));

  /** Every word of {@link #ORDERED_PAIRS}. */
  private static final Set<String> PAIR_WORDS = ORDERED_PAIRS.stream()
      .flatMap(List::stream)
      .collect(Collectors.toUnmodifiableSet());

  private ArgumentOrder() {}

  /** Whether a word of {@code name} is one end of an ordered pair: a quick test before pairing. */
  static boolean namesAnEnd(String name) {
    for (String word : NameWords.of(name)) {
      if (PAIR_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two names differ in one word only, and those words are the two ends of an ordered
   * pair: {@code beginIndex}/{@code endIndex}, {@code from}/{@code to}, {@code minValue}/{@code
   * maxValue}.
   */
  static boolean orderedPair(String a, String b) {
    return pairIndex(a, b) >= 0;
  }

  /**
   * Whether {@code a} and {@code b} are an {@linkplain #orderedPair ordered pair} and {@code a}
   * names its low end: {@code beginIndex} for {@code endIndex}, {@code from} for {@code to}.
   */
  static boolean lowEnd(String a, String b) {
    int pair = pairIndex(a, b);
    if (pair < 0) {
      return false;
    }
    List<String> x = NameWords.of(a);
    List<String> y = NameWords.of(b);
    for (int i = 0; i < x.size(); i++) {
      if (!x.get(i).equals(y.get(i)) && !inclusiveExclusive(x.get(i), y.get(i))) {
        return x.get(i).equals(ORDERED_PAIRS.get(pair).get(0));
      }
    }
    return false;
  }

  /**
   * Whether the pair (named by {@code a} and {@code b}) is a range of indices, whose ends are
   * positions: begin/end, start/end, from/to, first/last, start/stop; not min/max or low/high,
   * which also bound values that may be negative.
   */
  static boolean positions(String a, String b) {
    int pair = pairIndex(a, b);
    return pair >= 0 && POSITION_PAIRS.contains(ORDERED_PAIRS.get(pair));
  }

  /**
   * Whether {@code a} names the low end of a pair of bounds and {@code b} its high end: {@link
   * #lowEnd}, but not first/last or head/tail, which also name elements of a sequence ({@code
   * new Segment(lastPoint, firstPoint)} closes a polygon).
   */
  static boolean lowBound(String a, String b) {
    if (!lowEnd(a, b)) {
      return false;
    }
    List<String> pair = ORDERED_PAIRS.get(pairIndex(a, b));
    return !pair.get(0).equals("first") && !pair.get(0).equals("head");
  }

  /** {@code startInclusive} and {@code endExclusive} differ in one more word, and are a pair. */
  private static boolean inclusiveExclusive(String x, String y) {
    return (x.equals("inclusive") && y.equals("exclusive"))
        || (x.equals("exclusive") && y.equals("inclusive"));
  }

  /** The index in {@link #ORDERED_PAIRS} of the pair {@code a} and {@code b} differ by, or -1. */
  private static int pairIndex(String a, String b) {
    List<String> x = NameWords.of(a);
    List<String> y = NameWords.of(b);
    if (x.size() != y.size()) {
      return -1;
    }
    int differing = -1;
    for (int i = 0; i < x.size(); i++) {
      if (!x.get(i).equals(y.get(i)) && !inclusiveExclusive(x.get(i), y.get(i))) {
        if (differing >= 0) {
          return -1;
        }
        differing = i;
      }
    }
    if (differing < 0) {
      return -1;
    }
    for (int p = 0; p < ORDERED_PAIRS.size(); p++) {
      List<String> pair = ORDERED_PAIRS.get(p);
      if (pair.contains(x.get(differing)) && pair.contains(y.get(differing))) {
        return p;
      }
    }
    return -1;
  }

  /**
   * R7: the variable receiving the result names the two arguments in the order they are passed:
   * {@code bMinusA = difference(setB, setA)}. Each argument is known by the words of its name
   * that the other's name lacks.
   */
  static boolean announcedByReceiver(Call call, Argument earlier, Argument later) {
    String receiving = call.context().receivingName();
    if (receiving == null || earlier.name() == null || later.name() == null) {
      return false;
    }
    List<String> words = NameWords.of(receiving);
    int first = firstDistinguishingWord(words, earlier.name(), later.name());
    int second = firstDistinguishingWord(words, later.name(), earlier.name());
    return first >= 0 && second >= 0 && first < second;
  }

  private static int firstDistinguishingWord(List<String> words, String name, String other) {
    List<String> own = new ArrayList<>(NameWords.of(name));
    own.removeAll(NameWords.of(other));
    int at = -1;
    for (String word : own) {
      int i = words.indexOf(word);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
      }
    }
    return at;
  }

  /**
   * R8: the method calls the callee several times and rotates at least three names through the
   * two positions, names that differ only in the middle ({@code xval}, {@code yval},
   * {@code zval}): {@code interpolate(yval, zval, ...)} and then {@code interpolate(xval, zval,
   * ...)}. Two names are not a rotation: that is {@code f(a, b)} beside {@code f(b, a)}.
   */
  static boolean rotated(List<Call> sameMethodCalls, int p, int q) {
    if (sameMethodCalls.size() < 2) {
      return false;
    }
    Set<String> names = new TreeSet<>();
    for (Call sibling : sameMethodCalls) {
      for (int position : new int[] {p, q}) {
        Argument a = SwappedArgumentRule.argumentAt(sibling, position);
        if (a == null || a.name() == null) {
          return false;
        }
        names.add(NameWords.normalized(a.name()));
      }
    }
    return names.size() >= 3 && commonEnds(names) >= 3;
  }

  /** The length of the prefix plus the suffix all names share, each name keeping a middle. */
  private static int commonEnds(Set<String> names) {
    int shortest = Integer.MAX_VALUE;
    for (String n : names) {
      shortest = Math.min(shortest, n.length());
    }
    int prefix = 0;
    while (prefix < shortest && same(names, prefix, true)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < shortest - prefix && same(names, suffix, false)) {
      suffix++;
    }
    return prefix + suffix < shortest ? prefix + suffix : 0;
  }

  private static boolean same(Set<String> names, int i, boolean fromStart) {
    Character c = null;
    for (String n : names) {
      char d = fromStart ? n.charAt(i) : n.charAt(n.length() - 1 - i);
      if (c != null && c != d) {
        return false;
      }
      c = d;
    }
    return true;
  }

  /**
   * How many calls in the method pass the two positions in this call's order, and how many in
   * the opposite order: {@code [same, opposite]} (this call counted in {@code same}).
   */
  static int[] orders(Call call, Argument argument, int other, List<Call> sameMethodCalls) {
    Argument mine = SwappedArgumentRule.argumentAt(call, other);
    int[] counts = {1, 0};
    if (mine == null) {
      return counts;
    }
    for (Call sibling : sameMethodCalls) {
      if (sibling == call) {
        continue;
      }
      Argument theirs = SwappedArgumentRule.argumentAt(sibling, argument.parameterIndex());
      Argument theirsOther = SwappedArgumentRule.argumentAt(sibling, other);
      if (theirs == null || theirsOther == null) {
        continue;
      }
      if (SwappedArgumentRule.sameName(theirs, mine)
          && SwappedArgumentRule.sameName(theirsOther, argument)) {
        counts[1]++;
      } else if (SwappedArgumentRule.sameName(theirs, argument)
          && SwappedArgumentRule.sameName(theirsOther, mine)) {
        counts[0]++;
      }
    }
    return counts;
  }
}
