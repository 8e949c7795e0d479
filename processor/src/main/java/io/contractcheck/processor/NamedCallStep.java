package io.contractcheck.processor;

import io.contractcheck.processor.namedcall.NamedCallPlan;
import io.contractcheck.processor.namedcall.NamedCallWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Generates the named calls of the contracts that ask for them ({@code namedCall = true}), in the
 * round their type appears, through the {@code Filer}, and warns about the contracts that can have
 * none. The javac plugin has no {@code Filer}: there it only says, once, which jar generates them.
 */
final class NamedCallStep {
  private final Elements elements;
  private final Messager messager;
  private final Filer filer;
  private final Function<String, String> namedCallOf;
  /** Made on first use: JavaPoet is loaded only where something is generated. */
  private NamedCallWriter writer;
  /** Types whose named calls are still to be generated (a later round may resolve their types). */
  private final Set<String> pending = new LinkedHashSet<>();
  private final Set<String> done = new LinkedHashSet<>();
  private final List<ContractInfo> notGenerated = new ArrayList<>();

  /**
   * @param filer null in the javac plugin
   * @param index where a replacement's named call is looked up, for the link to it
   */
  NamedCallStep(Elements elements, Messager messager, Filer filer, ContractIndex index) {
    this.elements = elements;
    this.messager = messager;
    this.filer = filer;
    this.namedCallOf = id -> index.byId(id).map(ContractInfo::namedCall).orElse("");
  }

  /** A source type that declares contracts, seen in this round. */
  void request(TypeElement type) {
    String name = type.getQualifiedName().toString();
    if (!done.contains(name) && asksForNamedCalls(type)) {
      pending.add(name);
    }
  }

  /** Whether the type's or a member's {@code @Contract} says {@code namedCall = true}: cheap. */
  private static boolean asksForNamedCalls(TypeElement type) {
    if (asks(type)) {
      return true;
    }
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof ExecutableElement && asks(member)) {
        return true;
      }
    }
    return false;
  }

  private static boolean asks(Element element) {
    return ContractAnnotations.find(element, ContractAnnotations.CONTRACT)
        .map(c -> ContractAnnotations.booleanValue(c, "namedCall")).orElse(false);
  }

  /**
   * Generates what the types requested so far need.
   *
   * @param last the last round: generate even where types are unresolved (javac reports those)
   */
  void generate(boolean last) {
    for (String name : List.copyOf(pending)) {
      TypeElement type = elements.getTypeElement(name);
      if (type == null) {
        pending.remove(name);
        continue;
      }
      NamedCallPlan plan = TypeContracts.of(type, elements).namedCalls().orElse(null);
      if (plan != null && plan.incomplete() && !last) {
        continue; // another processor may generate the missing types in the next round
      }
      pending.remove(name);
      done.add(name);
      if (plan != null) {
        generate(type, plan);
      }
    }
    if (last && filer == null && !notGenerated.isEmpty()) {
      reportPlugin();
    }
  }

  private void generate(TypeElement type, NamedCallPlan plan) {
    for (NamedCallPlan.Problem problem : plan.problems()) {
      warn(problem.element(), "no named call for "
          + Signatures.of((ExecutableElement) problem.element(),
              Signatures.parameterNames((ExecutableElement) problem.element()))
          + ": " + problem.message());
    }
    if (plan.entries().isEmpty() || plan.incomplete()) {
      return;
    }
    if (filer == null) {
      TypeContracts contracts = TypeContracts.of(type, elements);
      for (NamedCallPlan.Entry entry : plan.entries()) {
        contracts.get(entry.method()).ifPresent(notGenerated::add);
      }
      return;
    }
    try {
      if (writer == null) {
        writer = new NamedCallWriter(elements, namedCallOf);
      }
      writer.source(plan).writeTo(filer);
    } catch (FilerException exists) {
      warn(type, "no named calls for the contracts of " + type.getSimpleName() + ": the class "
          + plan.callsClass() + " exists already (" + exists.getMessage() + "); rename that"
          + " class, or remove namedCall from the contracts of " + type.getSimpleName());
    } catch (IOException | RuntimeException | LinkageError failure) {
      messager.printMessage(DiagnosticId.InternalError.defaultKind(), DiagnosticId.InternalError
          .tag() + "could not write the named calls of " + type.getQualifiedName() + " ("
          + failure + "); callers of " + plan.callsClass() + " will not compile", type);
    }
  }

  /** The plugin cannot write files: one warning, at the first contract, naming them all. */
  private void reportPlugin() {
    ContractInfo first = notGenerated.get(0);
    List<String> ids = new ArrayList<>();
    notGenerated.forEach(c -> ids.add(c.id()));
    warn(first.annotated(), notGenerated.size() + " contract" + (ids.size() == 1 ? "" : "s")
        + " of this module ask" + (ids.size() == 1 ? "s" : "") + " for a named call"
        + " (namedCall = true): " + String.join(", ", ids) + "; the plugin jar cannot generate "
        + (ids.size() == 1 ? "it" : "them") + ", because javac gives plugins no Filer. Compile this module with the processor jar"
        + " (contractcheck-processor without <classifier>plugin</classifier>); modules that only"
        + " call the named calls can keep the plugin jar");
  }

  private void warn(Element element, String message) {
    DeclarationStep.report(messager, DiagnosticId.NamedCallUnavailable, message, element,
        ContractAnnotations.find(element, ContractAnnotations.CONTRACT).orElse(null), null);
  }
}
