package io.contractcheck.processor.namedcall;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * What will be generated for one type that declares named-call contracts: the {@code <Type>Calls}
 * class, its entry points with their names, and the contracts that get none, with why.
 */
public final class NamedCallPlan {
  /** How a named call reaches its contract. */
  enum Form {
    STATIC,
    /** An instance method: the entry point takes the receiver. */
    INSTANCE,
    CONSTRUCTOR
  }

  /** One entry point and the step classes behind it. */
  public static final class Entry {
    final NamedCallRequest request;
    final Form form;
    final String entryName;
    /** The class that holds this entry's step classes. */
    final String stepsName;
    /** One step class per parameter, then the step that has {@code call()}. */
    final List<String> stepNames;
    /** The declared parameter names, which are the step methods' and fields' names. */
    final List<String> parameterNames;
    final String receiverField;
    final boolean isPublic;
    private final String reference;

    Entry(NamedCallRequest request, Form form, String entryName, String stepsName,
        List<String> stepNames, List<String> parameterNames, String receiverField,
        boolean isPublic, String callsClass) {
      this.request = request;
      this.form = form;
      this.entryName = entryName;
      this.stepsName = stepsName;
      this.stepNames = List.copyOf(stepNames);
      this.parameterNames = List.copyOf(parameterNames);
      this.receiverField = receiverField;
      this.isPublic = isPublic;
      this.reference = callsClass + "#" + entryName;
    }

    public ExecutableElement method() {
      return request.method();
    }

    /** {@code com.example.FactoryCalls#create}: the generated class and the entry point's name. */
    public String reference() {
      return reference;
    }
  }

  /** A contract that asked for a named call and gets none. */
  public static final class Problem {
    private final Element element;
    private final String message;

    Problem(Element element, String message) {
      this.element = element;
      this.message = message;
    }

    /** The contract's method, where the warning belongs. */
    public Element element() {
      return element;
    }

    /** Why, and what to do; without the diagnostic's id. */
    public String message() {
      return message;
    }
  }

  private final TypeElement owner;
  private final String packageName;
  private final String simpleName;
  private final List<Entry> entries;
  private final List<Problem> problems;
  private final boolean incomplete;

  NamedCallPlan(TypeElement owner, String packageName, String simpleName, List<Entry> entries,
      List<Problem> problems, boolean incomplete) {
    this.owner = owner;
    this.packageName = packageName;
    this.simpleName = simpleName;
    this.entries = List.copyOf(entries);
    this.problems = List.copyOf(problems);
    this.incomplete = incomplete;
  }

  public TypeElement owner() {
    return owner;
  }

  String packageName() {
    return packageName;
  }

  String simpleName() {
    return simpleName;
  }

  /** The generated class's qualified name. */
  public String callsClass() {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }

  public List<Entry> entries() {
    return entries;
  }

  public List<Problem> problems() {
    return problems;
  }

  /**
   * Some signature names a type javac cannot resolve yet (another processor may generate it in a
   * later round): plan again then.
   */
  public boolean incomplete() {
    return incomplete;
  }

  /** The entry point of {@code method}, if it gets one. */
  public Optional<Entry> entryOf(ExecutableElement method) {
    for (Entry e : entries) {
      if (e.method().equals(method)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
