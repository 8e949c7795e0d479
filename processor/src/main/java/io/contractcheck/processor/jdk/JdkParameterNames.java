package io.contractcheck.processor.jdk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The parameter names of the JDK's public API, from the table the build generates out of the
 * JDK's own sources ({@code src/build/JdkParameterNamesTable.java}). javac reads no names for JDK
 * methods under a {@code --release} lower than its own (ct.sym has none), nor for interface and
 * abstract methods ever. A package's file is read the first time one of its classes is asked
 * about, and a class's lines are split the first time that class is asked about.
 */
public final class JdkParameterNames {
  private static final String FOLDER = "/io/contractcheck/processor/jdk/";
  private static final JdkParameterNames SHARED = new JdkParameterNames();

  /** Package name to its classes' unparsed blocks (class name to text); empty when absent. */
  private final Map<String, Map<String, String>> packages = new ConcurrentHashMap<>();
  /** Binary class name within its package to member key to names. */
  private final Map<String, Map<String, List<String>>> classes = new ConcurrentHashMap<>();
  private volatile String version;

  private JdkParameterNames() {}

  /** The table shipped in this jar (loaded lazily, shared by compilations in one JVM). */
  public static JdkParameterNames shipped() {
    return SHARED;
  }

  /** The Java version whose sources the table was generated from, e.g. {@code 17}. */
  public String version() {
    if (version == null) {
      String text = read("VERSION");
      version = text == null ? "none" : text.lines().findFirst().orElse("none").trim();
    }
    return version;
  }

  /**
   * The declared parameter names of {@code method}, a member of a JDK class, or null when the
   * table has none for it (not public API, not in the table's modules, or newer than the table).
   */
  public List<String> of(ExecutableElement method, Types types) {
    if (method.getParameters().isEmpty() || !(method.getEnclosingElement() instanceof TypeElement)) {
      return null;
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    StringBuilder className = new StringBuilder(owner.getSimpleName());
    Element e = owner.getEnclosingElement();
    while (e instanceof TypeElement) {
      className.insert(0, ((TypeElement) e).getSimpleName() + "$");
      e = e.getEnclosingElement();
    }
    if (!(e instanceof PackageElement)) {
      return null;
    }
    String pkg = ((PackageElement) e).getQualifiedName().toString();
    Map<String, List<String>> members = members(pkg, className.toString());
    if (members.isEmpty()) {
      return null;
    }
    return members.get(key(method, types));
  }

  /** {@code name type,type}: the member name and its parameters' erased simple type names. */
  static String key(ExecutableElement method, Types types) {
    StringBuilder key = new StringBuilder(method.getKind() == ElementKind.CONSTRUCTOR
        ? "<init>" : method.getSimpleName().toString()).append(' ');
    boolean first = true;
    for (VariableElement p : method.getParameters()) {
      if (!first) {
        key.append(',');
      }
      first = false;
      key.append(simpleName(types.erasure(p.asType())));
    }
    return key.toString();
  }

  private static String simpleName(TypeMirror type) {
    switch (type.getKind()) {
      case ARRAY:
        return simpleName(((ArrayType) type).getComponentType()) + "[]";
      case DECLARED:
        return ((DeclaredType) type).asElement().getSimpleName().toString();
      default:
        return type.toString();
    }
  }

  private Map<String, List<String>> members(String pkg, String className) {
    String qualified = pkg + "/" + className;
    Map<String, List<String>> members = classes.get(qualified);
    if (members != null) {
      return members;
    }
    String block = packages.computeIfAbsent(pkg, this::blocks).get(className);
    members = new HashMap<>();
    if (block != null) {
      for (String line : block.split("\n")) {
        int names = line.lastIndexOf(' ');
        if (names > 0) {
          members.put(line.substring(0, names),
              List.copyOf(Arrays.asList(line.substring(names + 1).split(","))));
        }
      }
    }
    classes.put(qualified, members);
    return members;
  }

  /** The package's file, cut into one block of member lines per class. */
  private Map<String, String> blocks(String pkg) {
    String text = read(pkg + ".names");
    Map<String, String> blocks = new HashMap<>();
    if (text == null) {
      return blocks;
    }
    int at = 0;
    while (at < text.length()) {
      int nameEnd = text.indexOf('\n', at);
      if (nameEnd < 0) {
        break;
      }
      int next = text.indexOf("\n@", nameEnd);
      int end = next < 0 ? text.length() : next + 1;
      blocks.put(text.substring(at + 1, nameEnd), text.substring(nameEnd + 1, end));
      at = end;
    }
    return blocks;
  }

  private static String read(String name) {
    try (InputStream in = JdkParameterNames.class.getResourceAsStream(FOLDER + name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}
