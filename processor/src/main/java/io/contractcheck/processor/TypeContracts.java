package io.contractcheck.processor;

import io.contractcheck.processor.namedcall.NamedCallPlan;
import io.contractcheck.processor.namedcall.NamedCallPlanner;
import io.contractcheck.processor.namedcall.NamedCallRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The contracts one type declares, with their ids: derived the same way for a type compiled now
 * and for one read from a class file, so ids agree across modules.
 */
final class TypeContracts {
  /** Two overloads that would share an id, in declaration order. */
  static final class Ambiguity {
    final ExecutableElement first;
    final ExecutableElement second;
    final String baseId;

    Ambiguity(ExecutableElement first, ExecutableElement second, String baseId) {
      this.first = first;
      this.second = second;
      this.baseId = baseId;
    }
  }

  /** A type that declares no contracts. */
  static final TypeContracts NONE = new TypeContracts(Map.of(), List.of(), null);

  private final Map<ExecutableElement, ContractInfo> byMember;
  private final List<Ambiguity> ambiguities;
  private final NamedCallPlan namedCalls;

  private TypeContracts(Map<ExecutableElement, ContractInfo> byMember, List<Ambiguity> ambiguities,
      NamedCallPlan namedCalls) {
    this.byMember = byMember;
    this.ambiguities = ambiguities;
    this.namedCalls = namedCalls;
  }

  static TypeContracts of(TypeElement type, Elements elements) {
    Optional<AnnotationMirror> onType = ContractAnnotations.find(type, ContractAnnotations.CONTRACT);
    String prefix =
        onType.map(m -> ContractAnnotations.stringValue(m, "value")).filter(v -> !v.isEmpty())
            .orElse(type.getQualifiedName().toString());

    List<ExecutableElement> members = new ArrayList<>();
    Map<String, List<ExecutableElement>> byDefaultId = new LinkedHashMap<>();
    for (Element enclosed : type.getEnclosedElements()) {
      if (!(enclosed instanceof ExecutableElement)) {
        continue;
      }
      ExecutableElement member = (ExecutableElement) enclosed;
      Optional<AnnotationMirror> own = ContractAnnotations.find(member, ContractAnnotations.CONTRACT);
      boolean included =
          own.isPresent() ? !isPrivate(member) : onType.isPresent() && coveredByType(member, elements);
      if (!included) {
        continue;
      }
      members.add(member);
      if (own.map(m -> ContractAnnotations.stringValue(m, "value")).orElse("").isEmpty()) {
        byDefaultId.computeIfAbsent(defaultId(prefix, member), k -> new ArrayList<>()).add(member);
      }
    }

    List<Ambiguity> ambiguities = new ArrayList<>();
    Map<ExecutableElement, String> derivedIds = new LinkedHashMap<>();
    for (Map.Entry<String, List<ExecutableElement>> group : byDefaultId.entrySet()) {
      List<ExecutableElement> overloads = group.getValue();
      for (int i = 0; i < overloads.size(); i++) {
        ExecutableElement member = overloads.get(i);
        int count = member.getParameters().size();
        derivedIds.put(member, overloads.size() == 1 ? group.getKey() : group.getKey() + "/" + count);
        for (int j = 0; j < i; j++) {
          if (overloads.get(j).getParameters().size() == count) {
            ambiguities.add(new Ambiguity(overloads.get(j), member, group.getKey()));
            break;
          }
        }
      }
    }

    Map<ExecutableElement, String> ids = new LinkedHashMap<>();
    List<NamedCallRequest> namedCalls = new ArrayList<>();
    for (ExecutableElement member : members) {
      Optional<AnnotationMirror> own = ContractAnnotations.find(member, ContractAnnotations.CONTRACT);
      AnnotationMirror mirror = own.orElseGet(onType::get);
      String explicit = ContractAnnotations.stringValue(mirror, "value");
      String id = own.isEmpty() || explicit.isEmpty() ? derivedIds.get(member) : explicit;
      ids.put(member, id);
      if (ContractAnnotations.booleanValue(mirror, "namedCall")) {
        namedCalls.add(new NamedCallRequest(member, id, own.isPresent(),
            ContractAnnotations.stringValue(mirror, "replacedBy")));
      }
    }
    NamedCallPlan plan = namedCalls.isEmpty() ? null : NamedCallPlanner.plan(type, namedCalls);

    Map<ExecutableElement, ContractInfo> byMember = new LinkedHashMap<>();
    for (ExecutableElement member : members) {
      Optional<AnnotationMirror> own = ContractAnnotations.find(member, ContractAnnotations.CONTRACT);
      AnnotationMirror mirror = own.orElseGet(onType::get);
      byMember.put(
          member,
          new ContractInfo(
              ids.get(member),
              member,
              own.isPresent() ? member : type,
              mirror,
              ContractAnnotations.booleanValue(mirror, "requireNamedArguments"),
              ContractAnnotations.stringValue(mirror, "replacedBy"),
              Signatures.parameterNames(member),
              false,
              plan == null ? "" : plan.entryOf(member).map(NamedCallPlan.Entry::reference).orElse("")));
    }
    return new TypeContracts(byMember, ambiguities, plan);
  }

  /**
   * The contracts a manifest records for a type read from a class file: ids, parameter names and
   * flags as the declaring module compiled them. Entries that match no member (the class changed
   * since the manifest was written) are left out.
   */
  static TypeContracts fromManifest(TypeElement type, List<ManifestEntry> entries, Types types) {
    Map<String, ExecutableElement> bySignature = new LinkedHashMap<>();
    for (Element enclosed : type.getEnclosedElements()) {
      if (enclosed instanceof ExecutableElement) {
        ExecutableElement member = (ExecutableElement) enclosed;
        List<String> erased = new ArrayList<>();
        member.getParameters().forEach(p -> erased.add(types.erasure(p.asType()).toString()));
        bySignature.put(ManifestEntry.erasedSignature(Signatures.memberName(member), erased), member);
      }
    }
    Map<ExecutableElement, ContractInfo> byMember = new LinkedHashMap<>();
    for (ManifestEntry entry : entries) {
      ExecutableElement member = bySignature.get(entry.erasedSignature());
      if (member == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      entry.parameters.forEach(p -> names.add(p.name));
      byMember.put(member, new ContractInfo(entry.id, member, member, null,
          entry.requireNamedArguments, entry.replacedBy, names, true, entry.namedCall));
    }
    return new TypeContracts(byMember, List.of(), null);
  }

  private static String defaultId(String prefix, ExecutableElement member) {
    return prefix + "#" + Signatures.memberName(member);
  }

  /** A type-level {@code @Contract} covers what the type declares that callers can reach. */
  private static boolean coveredByType(ExecutableElement member, Elements elements) {
    if (member.getKind() == ElementKind.STATIC_INIT || member.getKind() == ElementKind.INSTANCE_INIT) {
      return false;
    }
    boolean isConstructor = member.getKind() == ElementKind.CONSTRUCTOR;
    ElementKind ownerKind = member.getEnclosingElement().getKind();
    if (isConstructor && (ownerKind == ElementKind.ENUM || ownerKind == ElementKind.RECORD)) {
      return true; // enum constants call private constructors; a record's canonical one is implicit
    }
    if (ownerKind == ElementKind.RECORD && isRecordMember(member)) {
      return false;
    }
    return !isPrivate(member) && elements.getOrigin(member) == Elements.Origin.EXPLICIT;
  }

  /**
   * A record's accessors, {@code equals}, {@code hashCode} and {@code toString}: the language
   * gives every record these, and compilers disagree on whether the implicit ones are "explicit"
   * (javac says they are, ECJ that they are not), so a type-level contract never covers them,
   * written out or not. The record's contract is its canonical constructor and its other methods.
   */
  private static boolean isRecordMember(ExecutableElement member) {
    String name = member.getSimpleName().toString();
    List<? extends VariableElement> parameters = member.getParameters();
    if (parameters.isEmpty()) {
      return name.equals("hashCode") || name.equals("toString")
          || member.getEnclosingElement().getEnclosedElements().stream()
              .anyMatch(e -> e.getKind() == ElementKind.RECORD_COMPONENT
                  && e.getSimpleName().contentEquals(name));
    }
    return name.equals("equals") && parameters.size() == 1
        && parameters.get(0).asType().toString().equals("java.lang.Object");
  }

  /** Private, except enum constructors: enum constants are their call sites. */
  static boolean isPrivate(ExecutableElement member) {
    return member.getModifiers().contains(Modifier.PRIVATE)
        && !(member.getKind() == ElementKind.CONSTRUCTOR
            && member.getEnclosingElement().getKind() == ElementKind.ENUM);
  }

  Optional<ContractInfo> get(ExecutableElement member) {
    return Optional.ofNullable(byMember.get(member));
  }

  Collection<ContractInfo> all() {
    return byMember.values();
  }

  boolean isEmpty() {
    return byMember.isEmpty();
  }

  List<Ambiguity> ambiguities() {
    return ambiguities;
  }

  /** The named calls of a source type whose contracts ask for them; empty otherwise. */
  Optional<NamedCallPlan> namedCalls() {
    return Optional.ofNullable(namedCalls);
  }
}
