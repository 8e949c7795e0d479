package io.contractcheck.processor;

import com.sun.source.tree.Tree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.util.Types;

/**
 * Runs the call-site rules over the calls of one class: at most one finding per argument (a wrong
 * label, else a swap, else a missing name); suppressed findings are marked, and never printed.
 */
final class CallChecks {
  private final ContractIndex index;
  private final Options options;
  private final Types types;

  CallChecks(ContractIndex index, Options options, Types types) {
    this.index = index;
    this.options = options;
    this.types = types;
  }

  List<Violation> check(List<Call> calls) {
    Map<List<Object>, List<Call>> byMethodAndCallee = new HashMap<>();
    Map<List<Object>, List<Call>> byCallee = new HashMap<>();
    for (Call call : calls) {
      byMethodAndCallee
          .computeIfAbsent(key(call), k -> new ArrayList<>())
          .add(call);
      byCallee.computeIfAbsent(calleeKey(call), k -> new ArrayList<>()).add(call);
    }
    List<Violation> violations = new ArrayList<>();
    UsualPlaces usualPlaces = new UsualPlaces();
    for (Call call : calls) {
      List<Violation> found = new ArrayList<>();
      ReplacedContractRule.check(call, index, options.replacedCallKind(), types).ifPresent(found::add);
      Set<Tree> reported = new HashSet<>();
      for (Argument argument : call.arguments()) {
        LabelRule.check(call, argument).ifPresent(v -> add(v, found, reported));
      }
      boolean audit = call.contract() == null;
      List<Call> sameMethod = byMethodAndCallee.get(key(call));
      for (Violation v : swaps(call, sameMethod, byCallee.get(calleeKey(call)), audit,
          usualPlaces)) {
        add(v, found, reported);
      }
      for (Argument argument : call.arguments()) {
        NamedArgumentRule.check(call, argument, types).ifPresent(v -> add(v, found, reported));
      }
      for (Violation v : found) {
        violations.add((audit ? v.withKind(options.auditSeverity()) : v)
            .at(call, call.suppresses(v.id())));
      }
    }
    return violations;
  }

  /**
   * The swap findings of a call: the named check's (check 2); else those of the rules on the two
   * ends of an ordered pair (R13, R14), else those on an offset and its length (R15). One pair is
   * reported once: where the named check has only a one-sided finding without a fix, and one of
   * those rules sees the whole exchanged pair, that rule's finding (with its fix) is the one. In
   * an audit, a call none of them reports is compared with the class's other calls of the callee
   * (R23, {@link UsualPlaces}).
   */
  private List<Violation> swaps(Call call, List<Call> sameMethodCalls, List<Call> classCalls,
      boolean audit, UsualPlaces usualPlaces) {
    List<Violation> named =
        SwappedArgumentRule.check(call, sameMethodCalls, classCalls, audit, types);
    if (named.stream().anyMatch(v -> !v.fix().isEmpty())) {
      return named;
    }
    List<Violation> pairs = ReversedEnds.check(call, sameMethodCalls, classCalls, audit, types);
    if (pairs.isEmpty()) {
      pairs = ReversedEnds.checkOffsetAndLength(call, sameMethodCalls, classCalls,
          audit, types);
    }
    if (!pairs.isEmpty()) {
      return pairs;
    }
    return named.isEmpty() && audit
        ? usualPlaces.check(call, classCalls, sameMethodCalls, types)
        : named;
  }

  private static List<Object> key(Call call) {
    return List.of(Objects.requireNonNullElse(call.enclosingMethod(), ""), call.callee());
  }

  /**
   * The callee, with its overloads of the same parameter names ({@code shift(int[] array, int
   * startIndexInclusive, ...)} and {@code shift(long[] array, ...)}).
   */
  private static List<Object> calleeKey(Call call) {
    return List.of(call.callee().getEnclosingElement(), call.callee().getSimpleName().toString(),
        call.parameterNames());
  }

  private static void add(Violation violation, List<Violation> found, Set<Tree> reported) {
    if (reported.add(violation.at())) {
      found.add(violation);
    }
  }
}
