package io.contractcheck.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits identifiers into lower-case words and compares names the way the checks define it. */
final class NameWords {
  private NameWords() {}

  /**
   * The lower-case words of an identifier: camel case, digits and underscores split it
   * ({@code userID2_name} → {@code [user, id, 2, name]}).
   */
  static List<String> of(CharSequence identifier) {
    List<String> words = new ArrayList<>();
    int n = identifier.length();
    int start = -1;
    for (int i = 0; i < n; i++) {
      char c = identifier.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        start = flush(identifier, start, i, words);
        continue;
      }
      if (start >= 0 && isBoundary(identifier, i)) {
        start = flush(identifier, start, i, words);
      }
      if (start < 0) {
        start = i;
      }
    }
    flush(identifier, start, n, words);
    return words;
  }

  private static boolean isBoundary(CharSequence s, int i) {
    char prev = s.charAt(i - 1);
    char c = s.charAt(i);
    if (Character.isDigit(c) != Character.isDigit(prev)) {
      return true;
    }
    if (Character.isUpperCase(c)) {
      // fooBar | FOOBar: a capital after a lower-case letter, or the last capital of a run
      // that is followed by a lower-case letter.
      return Character.isLowerCase(prev)
          || (Character.isUpperCase(prev)
              && i + 1 < s.length()
              && Character.isLowerCase(s.charAt(i + 1)));
    }
    return false;
  }

  private static int flush(CharSequence s, int start, int end, List<String> words) {
    if (start >= 0 && end > start) {
      words.add(s.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
    }
    return -1;
  }

  /** The name as compared by the swap check: lower case, without underscores. */
  static String normalized(CharSequence identifier) {
    StringBuilder b = new StringBuilder(identifier.length());
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      if (c != '_') {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  /** Whether two names are the same for the swap check: {@link #normalized} forms equal. */
  static boolean same(CharSequence a, CharSequence b) {
    return normalized(a).equals(normalized(b));
  }

  /** The property a getter names: {@code getUserId} → {@code userId}, {@code isOpen} → {@code open}. */
  static String withoutAccessorPrefix(String methodName) {
    for (String prefix : new String[] {"get", "is"}) {
      if (methodName.length() > prefix.length()
          && methodName.startsWith(prefix)
          && Character.isUpperCase(methodName.charAt(prefix.length()))) {
        return Character.toLowerCase(methodName.charAt(prefix.length()))
            + methodName.substring(prefix.length() + 1);
      }
    }
    return methodName;
  }

  /** Levenshtein distance, for suggestions only. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
