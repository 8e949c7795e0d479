package io.contractcheck.processor.namedcall;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.Parameterizable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;

/**
 * Decides the named calls of one type: a pure function of its declarations, so the generator, the
 * manifest, the lock and the checker's messages agree on every name.
 *
 * <p>Naming rules (documented in {@code docs/named-calls.md}):
 *
 * <ul>
 *   <li>the class is {@code <Type>Calls} in the type's package; for a nested type the enclosing
 *       types' simple names are joined with {@code _}: {@code Outer_InnerCalls}, numbered from 2
 *       after a type that joins to the same name and comes first (see {@link CallsClassName});
 *   <li>an entry point is named after the contract id: the part after its last {@code #} (all of
 *       it if there is none), {@code <init>} read as {@code new<Type>}, and every run of characters
 *       a Java name cannot hold dropped, the next letter capitalized. Default ids give
 *       {@code create}, {@code newFoo}, and for overloads {@code create/2} gives {@code create2};
 *   <li>each entry's step classes sit in a class named after the entry ({@code Create}), one per
 *       parameter named after it ({@code UserContext}), then {@code Call}.
 * </ul>
 */
public final class NamedCallPlanner {
  /** What the generated classes' {@code @Generated} names: ContractCheck skips them. */
  public static final String GENERATOR = "io.contractcheck.processor.ContractProcessor";

  /**
   * Object's methods without parameters: a static entry point without parameters of that name
   * cannot be declared (it would hide an instance method of Object).
   */
  private static final Set<String> OBJECT_METHODS = Set.of("getClass", "hashCode", "toString",
      "clone", "finalize", "notify", "notifyAll", "wait");

  private NamedCallPlanner() {}

  /** The plan for {@code owner}, whose contracts in {@code requests} ask for named calls. */
  public static NamedCallPlan plan(TypeElement owner, List<NamedCallRequest> requests) {
    String packageName = packageOf(owner).getQualifiedName().toString();
    String simpleName = CallsClassName.of(owner);
    String callsClass = packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    List<NamedCallPlan.Entry> entries = new ArrayList<>();
    List<NamedCallPlan.Problem> problems = new ArrayList<>();
    Map<String, NamedCallRequest> entryNames = new HashMap<>();
    // names a nested class of the generated class must not take: they would hide a type its
    // code names by its simple name (only types of the unnamed package: JavaPoet qualifies others)
    Set<String> reserved = unnamedPackageTypes(owner, packageName, requests);
    Set<String> stepsNames = new HashSet<>(reserved);
    stepsNames.add(simpleName.toLowerCase(Locale.ROOT));
    boolean incomplete = false;
    for (NamedCallRequest request : requests) {
      ExecutableElement method = request.method();
      SignatureTypes types = SignatureTypes.of(method);
      if (types.erroneous) {
        incomplete = true;
        continue;
      }
      Optional<String> skipped = cannotHaveOne(method, packageName, types);
      if (skipped.isPresent()) {
        if (request.explicit() || !silentUnderType(method)) {
          problems.add(new NamedCallPlan.Problem(method, skipped.get()));
        }
        continue;
      }
      String entryName = entryName(request.id(), owner);
      if (!SourceVersion.isIdentifier(entryName) || SourceVersion.isKeyword(entryName)) {
        problems.add(new NamedCallPlan.Problem(method, "its entry point would be named '"
            + entryName + "' after the contract id '" + request.id() + "', which is not a Java"
            + " method name; give the contract an id whose last part is one"));
        continue;
      }
      if (OBJECT_METHODS.contains(entryName) && !isInstanceMethod(method)) {
        problems.add(new NamedCallPlan.Problem(method, "its entry point would be "
            + simpleName + "." + entryName + "() after the contract id '" + request.id()
            + "', which clashes with Object." + entryName + "(); give the contract an explicit"
            + " id with @Contract(\"...\") whose last part is another name"));
        continue;
      }
      NamedCallRequest clash = entryNames.putIfAbsent(entryName, request);
      if (clash != null) {
        problems.add(new NamedCallPlan.Problem(method, "its entry point " + simpleName + "."
            + entryName + "() would have the name of the entry point of contract '" + clash.id()
            + "'; give one of them an explicit id with @Contract(\"...\")"));
        continue;
      }
      entries.add(entry(request, owner, types, entryName, simpleName, stepsNames, reserved,
          callsClass));
    }
    return new NamedCallPlan(owner, packageName, simpleName, entries, problems, incomplete);
  }

  static String entryName(String id, TypeElement owner) {
    String member = id.substring(id.lastIndexOf('#') + 1);
    member = member.replace("<init>", "new" + owner.getSimpleName());
    StringBuilder name = new StringBuilder();
    boolean capitalizeNext = false;
    for (int i = 0; i < member.length(); i++) {
      char c = member.charAt(i);
      if (!Character.isJavaIdentifierPart(c)) {
        capitalizeNext = name.length() > 0;
      } else {
        name.append(capitalizeNext ? Character.toUpperCase(c) : c);
        capitalizeNext = false;
      }
    }
    return name.toString();
  }

  private static NamedCallPlan.Entry entry(NamedCallRequest request, TypeElement owner,
      SignatureTypes types, String entryName, String callsSimpleName, Set<String> stepsNames,
      Set<String> reserved, String callsClass) {
    ExecutableElement method = request.method();
    // The entry point names its steps class where its type variables are in scope.
    Set<String> variables = new HashSet<>();
    for (TypeParameterElement t : types.typeVariables) {
      variables.add(t.getSimpleName().toString().toLowerCase(Locale.ROOT));
    }
    String stepsName = capitalize(entryName);
    for (int i = 2; variables.contains(stepsName.toLowerCase(Locale.ROOT)); i++) {
      stepsName = capitalize(entryName) + i;
    }
    stepsName = unique(stepsName, stepsNames);
    // Step classes live in the steps class, inside the Calls class, and see the type variables.
    Set<String> taken = new HashSet<>(reserved);
    taken.add(callsSimpleName.toLowerCase(Locale.ROOT));
    taken.add(stepsName.toLowerCase(Locale.ROOT));
    for (TypeParameterElement t : types.typeVariables) {
      taken.add(t.getSimpleName().toString().toLowerCase(Locale.ROOT));
    }
    List<String> parameterNames = new ArrayList<>();
    List<String> stepNames = new ArrayList<>();
    for (VariableElement p : method.getParameters()) {
      String parameter = p.getSimpleName().toString();
      parameterNames.add(parameter);
      String stepName = capitalize(parameter);
      if (stepName.equals(parameter)) {
        // a parameter named URL or $count: its step method would have its class's name, which
        // compiles but draws the Eclipse compiler's "This method has a constructor name"
        int i = 2;
        while (taken.contains((parameter + i).toLowerCase(Locale.ROOT))) {
          i++;
        }
        stepName = parameter + i;
        taken.add(stepName.toLowerCase(Locale.ROOT));
      } else {
        stepName = unique(stepName, taken);
      }
      stepNames.add(stepName);
    }
    stepNames.add(unique("Call", taken));
    NamedCallPlan.Form form = method.getKind() == ElementKind.CONSTRUCTOR
        ? NamedCallPlan.Form.CONSTRUCTOR
        : method.getModifiers().contains(Modifier.STATIC)
            ? NamedCallPlan.Form.STATIC
            : NamedCallPlan.Form.INSTANCE;
    String receiver = "receiver";
    for (int i = 2; parameterNames.contains(receiver); i++) {
      receiver = "receiver" + i;
    }
    return new NamedCallPlan.Entry(request, form, entryName, stepsName, stepNames, parameterNames,
        receiver, isPublic(method) && isPublicType(owner), callsClass);
  }

  private static boolean isInstanceMethod(ExecutableElement method) {
    return method.getKind() == ElementKind.METHOD
        && !method.getModifiers().contains(Modifier.STATIC);
  }

  /**
   * In the unnamed package, the simple names (lower case) of the top-level types the generated
   * code names: JavaPoet cannot qualify them, so no nested class may hide them. Empty elsewhere.
   */
  private static Set<String> unnamedPackageTypes(
      TypeElement owner, String packageName, List<NamedCallRequest> requests) {
    Set<String> names = new HashSet<>();
    if (!packageName.isEmpty()) {
      return names;
    }
    Set<TypeElement> used = new HashSet<>();
    used.add(owner);
    for (NamedCallRequest request : requests) {
      used.addAll(SignatureTypes.of(request.method()).classes);
    }
    for (TypeElement type : used) {
      Element top = type;
      while (top.getEnclosingElement() instanceof TypeElement) {
        top = top.getEnclosingElement();
      }
      if (packageOf(top).isUnnamed()) {
        names.add(top.getSimpleName().toString().toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  /** Why {@code method} can have no named call, or empty. */
  private static Optional<String> cannotHaveOne(
      ExecutableElement method, String packageName, SignatureTypes types) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    for (Element e = owner; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return Optional.of("its type " + e.getSimpleName() + " is private, so no other class can"
            + " call it; make the type package-private or public");
      }
    }
    if (method.getKind() == ElementKind.CONSTRUCTOR) {
      if (owner.getKind() == ElementKind.ENUM) {
        return Optional.of("the constructor of an enum is called by its constants only");
      }
      if (owner.getModifiers().contains(Modifier.ABSTRACT)) {
        return Optional.of("the constructor of an abstract class is called by subclasses only");
      }
      if (owner.getNestingKind() == NestingKind.MEMBER && owner.getKind() == ElementKind.CLASS
          && !owner.getModifiers().contains(Modifier.STATIC)) {
        return Optional.of("the constructor of an inner (non-static) class needs an enclosing"
            + " instance ('outer.new " + owner.getSimpleName() + "(...)'); make the class static,"
            + " or call the constructor directly");
      }
    }
    if (method.getParameters().isEmpty()) {
      return Optional.of("it has no parameters, so there is nothing to name; call it directly");
    }
    for (VariableElement p : method.getParameters()) {
      String name = p.getSimpleName().toString();
      if (name.equals("equals") || name.equals("wait")) {
        return Optional.of("its parameter '" + name + "' would be a step method " + name
            + "(...), which clashes with Object." + name + "; rename the parameter");
      }
    }
    for (TypeElement used : types.classes) {
      if (!accessibleFrom(used, packageName)) {
        return Optional.of("its signature uses " + used.getQualifiedName() + ", which the"
            + " generated class in package '" + packageName + "' cannot see");
      }
    }
    if (method.getKind() != ElementKind.METHOD
        || !method.getModifiers().contains(Modifier.STATIC)) {
      Set<String> outer = new HashSet<>();
      for (Element e = owner; e instanceof TypeElement; e = e.getEnclosingElement()) {
        ((Parameterizable) e).getTypeParameters().forEach(t -> outer.add(t.getSimpleName().toString()));
        if (e.getModifiers().contains(Modifier.STATIC)) {
          break;
        }
      }
      for (TypeParameterElement t : method.getTypeParameters()) {
        if (outer.contains(t.getSimpleName().toString())) {
          return Optional.of("its type parameter " + t.getSimpleName() + " hides the type"
              + " parameter of the same name of its class; rename one of them");
        }
      }
    }
    return Optional.empty();
  }

  /** Members a type-level {@code namedCall} skips without a word: nothing could be generated. */
  private static boolean silentUnderType(ExecutableElement method) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    return method.getParameters().isEmpty()
        || method.getKind() == ElementKind.CONSTRUCTOR
            && (owner.getKind() == ElementKind.ENUM
                || owner.getModifiers().contains(Modifier.ABSTRACT));
  }

  private static boolean accessibleFrom(TypeElement type, String packageName) {
    boolean samePackage = packageOf(type).getQualifiedName().contentEquals(packageName);
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)
          || !samePackage && !e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  /** Public to every caller; a protected contract gets a package-private entry point. */
  private static boolean isPublic(ExecutableElement method) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    return method.getModifiers().contains(Modifier.PUBLIC)
        || owner.getKind().isInterface() && !method.getModifiers().contains(Modifier.PRIVATE);
  }

  private static boolean isPublicType(TypeElement owner) {
    for (Element e = owner; e instanceof TypeElement; e = e.getEnclosingElement()) {
      boolean inInterface = e.getEnclosingElement().getKind().isInterface();
      if (!e.getModifiers().contains(Modifier.PUBLIC) && !inInterface) {
        return false;
      }
    }
    return true;
  }

  static PackageElement packageOf(Element element) {
    Element e = element;
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return (PackageElement) e;
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** {@code name}, or {@code name2}, {@code name3}…: the first not taken, ignoring case. */
  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
      candidate = name + i;
    }
    return candidate;
  }
}
