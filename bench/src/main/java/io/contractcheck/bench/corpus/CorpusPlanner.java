package io.contractcheck.bench.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Decides the shape of every class of a corpus: names, packages, signatures, which members are
 * contracts and which classes each one calls. Same class count and seed, same plan.
 */
final class CorpusPlanner {

  /** Classes per package, roughly. */
  private static final int CLASSES_PER_PACKAGE = 40;
  private static final int MIN_PACKAGES = 3;
  private static final int COLLABORATORS = 3;

  private static final double BUSINESS_CONTRACT_SHARE = 0.35;
  private static final double CONSTRUCTOR_CONTRACT_SHARE = 0.30;
  private static final double OVERLOAD_CONTRACT_SHARE = 0.20;
  private static final double VARARGS_CONTRACT_SHARE = 0.25;
  private static final double LAMBDA_CONTRACT_SHARE = 0.25;
  private static final double NAMED_SHARE = 0.5;

  private static final JavaType[] DOMINANT_TYPES = {
    JavaType.STRING, JavaType.STRING, JavaType.STRING, JavaType.INT, JavaType.INT, JavaType.LONG,
    JavaType.LONG
  };
  private static final JavaType[] ANY_TYPES = JavaType.values();

  private final int classCount;
  private final Random random;

  private CorpusPlanner(int classCount, long seed) {
    this.classCount = classCount;
    this.random = new Random(seed);
  }

  static List<ClassPlan> plan(int classCount, long seed) {
    if (classCount < 1) {
      throw new IllegalArgumentException("classCount must be at least 1, was " + classCount);
    }
    return new CorpusPlanner(classCount, seed).planAll();
  }

  static int packageCount(int classCount) {
    return Math.max(MIN_PACKAGES, (classCount + CLASSES_PER_PACKAGE - 1) / CLASSES_PER_PACKAGE);
  }

  private List<ClassPlan> planAll() {
    List<String> names = classNames();
    int packages = packageCount(classCount);
    List<ClassPlan> plans = new ArrayList<>(classCount);
    for (int index = 0; index < classCount; index++) {
      plans.add(planClass(index, packageName(index % packages), names.get(index)));
    }
    return List.copyOf(plans);
  }

  private List<String> classNames() {
    List<String> stems = new ArrayList<>();
    for (String noun : Vocabulary.CLASS_NOUNS) {
      for (String role : Vocabulary.CLASS_ROLES) {
        stems.add(noun + role);
      }
    }
    Collections.shuffle(stems, random);
    List<String> names = new ArrayList<>(classCount);
    for (int index = 0; index < classCount; index++) {
      int generation = index / stems.size();
      names.add(stems.get(index % stems.size()) + (generation == 0 ? "" : Integer.toString(generation + 1)));
    }
    return names;
  }

  private static String packageName(int packageIndex) {
    String domain = Vocabulary.DOMAINS.get(packageIndex % Vocabulary.DOMAINS.size());
    int part = packageIndex / Vocabulary.DOMAINS.size();
    return "bench." + domain + (part == 0 ? "" : ".part" + part);
  }

  private ClassPlan planClass(int index, String packageName, String simpleName) {
    List<Parameter> constructorParameters = parameters(2 + random.nextInt(2), Set.of());
    Set<String> taken = new LinkedHashSet<>();
    constructorParameters.forEach(parameter -> taken.add(parameter.name()));
    Parameter factoryExtra = freshParameter(JavaType.STRING, taken);
    return new ClassPlan(
        index,
        packageName,
        simpleName,
        constructorParameters,
        contractKind(CONSTRUCTOR_CONTRACT_SHARE, true),
        factoryExtra,
        businessMethods(),
        contractKind(OVERLOAD_CONTRACT_SHARE, true),
        contractKind(VARARGS_CONTRACT_SHARE, false),
        contractKind(LAMBDA_CONTRACT_SHARE, true),
        collaborators(index));
  }

  private List<BusinessMethod> businessMethods() {
    List<String> verbs = new ArrayList<>(Vocabulary.VERBS);
    Collections.shuffle(verbs, random);
    int count = 4 + random.nextInt(3);
    List<BusinessMethod> methods = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      List<Parameter> parameters = parameters(2 + random.nextInt(4), Set.of());
      methods.add(new BusinessMethod(verbs.get(i), parameters, contractKind(BUSINESS_CONTRACT_SHARE, true)));
    }
    return methods;
  }

  /** {@code count} parameters with distinct names; at least two share the dominant type. */
  private List<Parameter> parameters(int count, Set<String> excluded) {
    JavaType dominant = DOMINANT_TYPES[random.nextInt(DOMINANT_TYPES.length)];
    Set<String> taken = new LinkedHashSet<>(excluded);
    Map<JavaType, Integer> used = new EnumMap<>(JavaType.class);
    List<Parameter> parameters = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      JavaType type = i < 2 || random.nextBoolean() ? dominant : ANY_TYPES[random.nextInt(ANY_TYPES.length)];
      if (used.getOrDefault(type, 0) >= Vocabulary.PARAMETER_NAMES.get(type).size()) {
        type = JavaType.STRING;
      }
      used.merge(type, 1, Integer::sum);
      parameters.add(freshParameter(type, taken));
    }
    Collections.shuffle(parameters, random);
    return parameters;
  }

  private Parameter freshParameter(JavaType type, Set<String> taken) {
    List<String> candidates = new ArrayList<>(Vocabulary.PARAMETER_NAMES.get(type));
    candidates.removeAll(taken);
    String name = Vocabulary.pick(candidates, random);
    taken.add(name);
    return new Parameter(name, type);
  }

  private ContractKind contractKind(double share, boolean namedAllowed) {
    if (random.nextDouble() >= share) {
      return ContractKind.NONE;
    }
    return namedAllowed && random.nextDouble() < NAMED_SHARE ? ContractKind.NAMED : ContractKind.PLAIN;
  }

  private List<Integer> collaborators(int index) {
    Set<Integer> chosen = new LinkedHashSet<>();
    int wanted = Math.min(COLLABORATORS, classCount - 1);
    while (chosen.size() < wanted) {
      int candidate = random.nextInt(classCount);
      if (candidate != index) {
        chosen.add(candidate);
      }
    }
    return List.copyOf(chosen);
  }
}
