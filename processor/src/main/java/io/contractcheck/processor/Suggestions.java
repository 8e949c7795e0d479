package io.contractcheck.processor;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Finds the name a user probably meant. Used only to word messages, never to decide whether to
 * report: errors come from exact rules.
 */
final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate that best matches {@code wrong}: first one whose camel-case words contain all of
   * {@code wrong}'s words ({@code context} → {@code userContext}), then the closest by edit
   * distance if it is close enough. Earlier candidates win ties.
   */
  static Optional<String> closest(String wrong, List<String> candidates) {
    List<String> wrongWords = NameWords.of(wrong);
    if (!wrongWords.isEmpty()) {
      for (String candidate : candidates) {
        if (!candidate.equals(wrong) && new HashSet<>(NameWords.of(candidate)).containsAll(wrongWords)) {
          return Optional.of(candidate);
        }
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String normalizedWrong = NameWords.normalized(wrong);
    for (String candidate : candidates) {
      int distance = NameWords.editDistance(normalizedWrong, NameWords.normalized(candidate));
      if (distance < bestDistance && !candidate.equals(wrong)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(1, Math.min(3, wrong.length() / 3));
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }
}
