import com.sun.source.tree.AnnotatedTypeTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Build step of the processor module (run by exec-maven-plugin with the JDK's source launcher):
 * reads the JDK's own sources ({@code lib/src.zip}), parses them with javac's parser (no
 * attribution) and writes, per exported package, the parameter names of every public or
 * protected method and constructor. Audit mode reads the table where class files carry no names
 * (ct.sym under a lower {@code --release}, interface and abstract methods always).
 *
 * <p>Usage: {@code java JdkParameterNamesTable.java <src.zip> <output dir> <java version> <module>...}
 *
 * <p>Output: {@code <output dir>/io/contractcheck/processor/jdk/<package>.names}, lines
 * {@code @Outer$Inner} (a class) followed by {@code member type,type name,name} (erased simple type
 * names, {@code <init>} for constructors), and {@code VERSION} with the covered Java version. A key
 * that two declarations of one class share with different names is left out.
 */
public final class JdkParameterNamesTable {
  private static final String FORMAT = "1";
  private static final Pattern EXPORTS = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;");

  public static void main(String[] args) throws IOException {
    Path zip = Path.of(args[0]);
    Path out = Path.of(args[1]).resolve("io/contractcheck/processor/jdk");
    String version = args[2];
    List<String> modules = List.of(args).subList(3, args.length);
    if (!Files.isRegularFile(zip)) {
      System.err.println("JDK sources not found at " + zip + ": install the JDK's source package"
          + " (Debian: apt-get install openjdk-17-source) or pass -Djdk.sources=<path to src.zip>");
      System.exit(2);
    }
    String stamp = FORMAT + " " + zip.toRealPath() + " " + Files.size(zip) + " "
        + Files.getLastModifiedTime(zip).toMillis() + " " + version + " " + modules;
    Path stampFile = out.resolve("VERSION");
    if (Files.isRegularFile(stampFile)
        && Files.readAllLines(stampFile).contains("# " + stamp)) {
      System.out.println("JDK parameter names: up to date (" + out + ")");
      return;
    }
    long t0 = System.nanoTime();
    // package -> class -> key -> names ("" when ambiguous)
    Map<String, Map<String, Map<String, String>>> table = new TreeMap<>();
    int files = 0;
    try (ZipFile sources = new ZipFile(zip.toFile())) {
      for (String module : modules) {
        ZipEntry moduleInfo = sources.getEntry(module + "/module-info.java");
        if (moduleInfo == null) {
          throw new IllegalStateException("no " + module + "/module-info.java in " + zip);
        }
        Set<String> exported = new HashSet<>();
        Matcher m = EXPORTS.matcher(read(sources, moduleInfo));
        while (m.find()) {
          exported.add(m.group(1));
        }
        List<Source> batch = new ArrayList<>();
        for (ZipEntry e : java.util.Collections.list(sources.entries())) {
          String name = e.getName();
          if (!name.startsWith(module + "/") || !name.endsWith(".java")
              || name.endsWith("module-info.java") || name.endsWith("package-info.java")) {
            continue;
          }
          String pkg = name.substring(module.length() + 1, name.lastIndexOf('/')).replace('/', '.');
          if (!exported.contains(pkg)) {
            continue;
          }
          batch.add(new Source(name, read(sources, e)));
          files++;
        }
        for (CompilationUnitTree unit : parse(batch)) {
          String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
          for (Tree type : unit.getTypeDecls()) {
            if (type instanceof ClassTree) {
              collect((ClassTree) type, "", List.of(), false,
                  table.computeIfAbsent(pkg, p -> new TreeMap<>()));
            }
          }
        }
      }
    }
    Files.createDirectories(out);
    int entries = 0;
    for (Map.Entry<String, Map<String, Map<String, String>>> pkg : table.entrySet()) {
      StringBuilder text = new StringBuilder();
      for (Map.Entry<String, Map<String, String>> type : pkg.getValue().entrySet()) {
        StringBuilder members = new StringBuilder();
        for (Map.Entry<String, String> member : type.getValue().entrySet()) {
          if (!member.getValue().isEmpty()) {
            members.append(member.getKey()).append(' ').append(member.getValue()).append('\n');
            entries++;
          }
        }
        if (members.length() > 0) {
          text.append('@').append(type.getKey()).append('\n').append(members);
        }
      }
      if (text.length() > 0) {
        Files.writeString(out.resolve(pkg.getKey() + ".names"), text, StandardCharsets.UTF_8);
      }
    }
    try (Writer w = Files.newBufferedWriter(stampFile, StandardCharsets.UTF_8)) {
      w.write(version + "\n# " + stamp + "\n");
    }
    System.out.printf("JDK parameter names: %d members of %d packages from %d files of %s,"
        + " Java %s (%d ms)%n", entries, table.size(), files, zip, version,
        (System.nanoTime() - t0) / 1_000_000);
  }

  private record Source(String path, String text) {}

  private static String read(ZipFile zip, ZipEntry entry) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Iterable<? extends CompilationUnitTree> parse(List<Source> sources)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<SimpleJavaFileObject> files = new ArrayList<>();
    for (Source s : sources) {
      files.add(new SimpleJavaFileObject(URI.create("string:///" + s.path()),
          SimpleJavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return s.text();
        }
      });
    }
    JavacTask task = (JavacTask) javac.getTask(null, null, d -> { }, List.of("-proc:none"),
        null, files);
    return task.parse();
  }

  /**
   * @param typeVariables the erasures of the type variables in scope, innermost last
   */
  private static void collect(ClassTree type, String outer, List<Map<String, Tree>> typeVariables,
      boolean inInterface, Map<String, Map<String, String>> byClass) {
    ModifiersTree modifiers = type.getModifiers();
    if (!outer.isEmpty() && !inInterface && !accessible(modifiers)) {
      return;
    }
    String name = outer.isEmpty() ? type.getSimpleName().toString()
        : outer + "$" + type.getSimpleName();
    List<Map<String, Tree>> scope = with(typeVariables, type.getTypeParameters());
    boolean isInterface = type.getKind() == Tree.Kind.INTERFACE
        || type.getKind() == Tree.Kind.ANNOTATION_TYPE;
    Map<String, String> members = byClass.computeIfAbsent(name, n -> new TreeMap<>());
    for (Tree member : type.getMembers()) {
      if (member instanceof ClassTree) {
        collect((ClassTree) member, name, scope, isInterface, byClass);
      } else if (member instanceof MethodTree) {
        MethodTree method = (MethodTree) member;
        boolean visible = isInterface
            ? !method.getModifiers().getFlags().contains(Modifier.PRIVATE)
            : accessible(method.getModifiers());
        if (!visible || method.getParameters().isEmpty()) {
          continue;
        }
        List<Map<String, Tree>> methodScope = with(scope, method.getTypeParameters());
        StringBuilder key = new StringBuilder(
            method.getReturnType() == null ? "<init>" : method.getName().toString()).append(' ');
        StringBuilder names = new StringBuilder();
        for (VariableTree p : method.getParameters()) {
          if (names.length() > 0) {
            key.append(',');
            names.append(',');
          }
          key.append(erasure(p.getType(), methodScope, 0));
          names.append(p.getName());
        }
        String previous = members.putIfAbsent(key.toString(), names.toString());
        if (previous != null && !previous.contentEquals(names)) {
          members.put(key.toString(), ""); // two declarations, two sets of names: ambiguous
        }
      }
    }
  }

  private static boolean accessible(ModifiersTree modifiers) {
    Set<Modifier> flags = modifiers.getFlags();
    return flags.contains(Modifier.PUBLIC) || flags.contains(Modifier.PROTECTED);
  }

  private static List<Map<String, Tree>> with(List<Map<String, Tree>> scope,
      List<? extends TypeParameterTree> parameters) {
    if (parameters.isEmpty()) {
      return scope;
    }
    Map<String, Tree> level = new HashMap<>();
    for (TypeParameterTree p : parameters) {
      level.put(p.getName().toString(), p.getBounds().isEmpty() ? null : p.getBounds().get(0));
    }
    List<Map<String, Tree>> result = new ArrayList<>(scope);
    result.add(level);
    return result;
  }

  /** The simple name of the type's erasure, as javax.lang.model reports it. */
  private static String erasure(Tree type, List<Map<String, Tree>> scope, int depth) {
    if (type instanceof AnnotatedTypeTree) {
      return erasure(((AnnotatedTypeTree) type).getUnderlyingType(), scope, depth);
    }
    if (type instanceof PrimitiveTypeTree) {
      return ((PrimitiveTypeTree) type).getPrimitiveTypeKind().name().toLowerCase(java.util.Locale.ROOT);
    }
    if (type instanceof ArrayTypeTree) {
      return erasure(((ArrayTypeTree) type).getType(), scope, depth) + "[]";
    }
    if (type instanceof ParameterizedTypeTree) {
      return erasure(((ParameterizedTypeTree) type).getType(), scope, depth);
    }
    if (type instanceof MemberSelectTree) {
      return ((MemberSelectTree) type).getIdentifier().toString();
    }
    if (type instanceof IdentifierTree) {
      String name = ((IdentifierTree) type).getName().toString();
      for (int i = scope.size() - 1; i >= 0; i--) {
        if (scope.get(i).containsKey(name)) {
          Tree bound = scope.get(i).get(name);
          return bound == null || depth > 8 ? "Object" : erasure(bound, scope.subList(0, i + 1), depth + 1);
        }
      }
      return name;
    }
    return type.toString();
  }
}
