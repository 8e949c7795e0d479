package io.contractcheck.processor;

import com.sun.source.tree.Tree;
import java.util.List;
import java.util.function.Supplier;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/** One resolved call site that is being checked: the callee, its parameters and the arguments. */
final class Call {
  private final Tree nameTree;
  private final ExecutableElement callee;
  private final ContractInfo contract;
  private final List<String> parameterNames;
  private final Supplier<List<TypeMirror>> parameterTypes;
  private final List<Argument> arguments;
  private final String namesRequiredBecause;
  private final Element enclosingMethod;
  private final Set<String> suppressions;
  private final CallContext context;

  Call(
      Tree nameTree,
      ExecutableElement callee,
      ContractInfo contract,
      List<String> parameterNames,
      Supplier<List<TypeMirror>> parameterTypes,
      List<Argument> arguments,
      String namesRequiredBecause,
      Element enclosingMethod,
      Set<String> suppressions,
      CallContext context) {
    this.nameTree = nameTree;
    this.callee = callee;
    this.contract = contract;
    this.parameterNames = List.copyOf(parameterNames);
    this.parameterTypes = Lazy.of(parameterTypes);
    this.arguments = List.copyOf(arguments);
    this.namesRequiredBecause = namesRequiredBecause;
    this.enclosingMethod = enclosingMethod;
    this.suppressions = Set.copyOf(suppressions);
    this.context = context;
  }

  /** What surrounds the call, for the swap check's exemptions. */
  CallContext context() {
    return context;
  }

  /** The part of the call that names the callee, where call-level diagnostics point. */
  Tree nameTree() {
    return nameTree;
  }

  ExecutableElement callee() {
    return callee;
  }

  /** The contract called, or null when an audit ({@code scope=all}) checks a plain method. */
  ContractInfo contract() {
    return contract;
  }

  /** The declared parameter names (the contract's, where the callee overrides one). */
  List<String> parameterNames() {
    return parameterNames;
  }

  /** Erased parameter types, for "does another parameter have this type?". */
  /** The erased parameter types (computed when a rule first asks). */
  List<TypeMirror> parameterTypes() {
    return parameterTypes.get();
  }

  List<Argument> arguments() {
    return arguments;
  }

  /** Why every argument must be named here, or null when they need not be. */
  String namesRequiredBecause() {
    return namesRequiredBecause;
  }

  /** The method, constructor or initializer the call is written in (for reversal exemptions). */
  Element enclosingMethod() {
    return enclosingMethod;
  }

  /** Whether {@code @SuppressWarnings} on an enclosing declaration turns {@code id} off here. */
  boolean suppresses(DiagnosticId id) {
    return Suppressions.covers(suppressions, id);
  }

  /** {@code Owner.method(Type name, ...)}. */
  String signature() {
    return Signatures.of(callee, parameterNames);
  }

  /** {@code create(...)}. */
  String callName() {
    return Signatures.callName(callee);
  }

  String parameterName(Argument argument) {
    return parameterNames.get(argument.parameterIndex());
  }
}
