package io.contractcheck.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/** One contract: a method or constructor whose parameter list callers must respect. */
final class ContractInfo {
  private final String id;
  private final ExecutableElement method;
  private final Element annotated;
  private final AnnotationMirror annotation;
  private final boolean requireNamedArguments;
  private final String replacedBy;
  private final List<String> parameterNames;
  private final boolean namesFromManifest;
  private final String namedCall;

  ContractInfo(
      String id,
      ExecutableElement method,
      Element annotated,
      AnnotationMirror annotation,
      boolean requireNamedArguments,
      String replacedBy,
      List<String> parameterNames,
      boolean namesFromManifest,
      String namedCall) {
    this.id = id;
    this.method = method;
    this.annotated = annotated;
    this.annotation = annotation;
    this.requireNamedArguments = requireNamedArguments;
    this.replacedBy = replacedBy;
    this.parameterNames = List.copyOf(parameterNames);
    this.namesFromManifest = namesFromManifest;
    this.namedCall = namedCall;
  }

  String id() {
    return id;
  }

  ExecutableElement method() {
    return method;
  }

  /**
   * The element that carries the {@code @Contract}: the method itself or its type; for a contract
   * read from a manifest, the method.
   */
  Element annotated() {
    return annotated;
  }

  /** The {@code @Contract} annotation; null for a contract read from a manifest. */
  AnnotationMirror annotation() {
    return annotation;
  }

  boolean requireNamedArguments() {
    return requireNamedArguments;
  }

  /** The id of the replacement, or empty. */
  String replacedBy() {
    return replacedBy;
  }

  /** The declared parameter names, in order. */
  List<String> parameterNames() {
    return parameterNames;
  }

  /** The names come from a contract manifest, so they are the declared ones. */
  boolean namesFromManifest() {
    return namesFromManifest;
  }

  /**
   * The generated named call, {@code com.example.FactoryCalls#create} (class and entry point), or
   * empty when the contract has none.
   */
  String namedCall() {
    return namedCall;
  }

  @Override
  public String toString() {
    return id;
  }
}
