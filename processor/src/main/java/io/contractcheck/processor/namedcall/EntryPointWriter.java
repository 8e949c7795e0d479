package io.contractcheck.processor.namedcall;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Elements;

/**
 * Writes one entry point of a {@code <Type>Calls} class, and the class that holds its steps: one
 * immutable step class per parameter, then the step whose {@code call()} calls the contract.
 */
final class EntryPointWriter {
  private final NamedCallPlan.Entry entry;
  private final NamedCallPlan plan;
  private final ExecutableElement method;
  private final ClassName steps;
  private final StageVariables variables;
  private final DocComment doc;
  private final Modifier[] visibility;
  private final Function<String, String> namedCallOf;
  private final TypeUseAnnotations types;

  EntryPointWriter(NamedCallPlan.Entry entry, ClassName calls, NamedCallPlan plan,
      Elements elements, Function<String, String> namedCallOf) {
    this.namedCallOf = namedCallOf;
    this.entry = entry;
    this.plan = plan;
    this.method = entry.method();
    this.steps = calls.nestedClass(entry.stepsName);
    this.variables = new StageVariables(entry);
    this.doc = DocComment.parse(elements.getDocComment(method));
    this.types = new TypeUseAnnotations(plan.packageName());
    this.visibility = entry.isPublic ? new Modifier[] {Modifier.PUBLIC} : new Modifier[0];
  }

  void addTo(TypeSpec.Builder calls) {
    calls.addMethod(entryPoint());
    TypeSpec.Builder holder = TypeSpec.classBuilder(steps)
        .addModifiers(visibility)
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The steps of {@link #$L}, one per parameter of {@code $L}.\n",
            entry.entryName, entry.request.id())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
            .addJavadoc("Not instantiable: holds the step classes only.\n").build());
    for (int stage = 0; stage <= entry.parameterNames.size(); stage++) {
      holder.addType(step(stage));
    }
    calls.addType(holder.build());
  }

  private MethodSpec entryPoint() {
    MethodSpec.Builder m = MethodSpec.methodBuilder(entry.entryName)
        .addModifiers(visibility)
        .addModifiers(Modifier.STATIC)
        .addTypeVariables(variables.introducedAt(0))
        .returns(stepType(0));
    StringBuilder javadoc = new StringBuilder();
    if (!doc.description().isEmpty()) {
      javadoc.append(doc.description()).append("\n\n<p>");
    }
    javadoc.append("Named call of contract {@code ").append(entry.request.id()).append("}: ")
        .append(contractLink()).append(".\n\n");
    javadoc.append(typeParameterTags(variables.introducedAt(0)));
    if (entry.form == NamedCallPlan.Form.INSTANCE) {
      m.addParameter(TypeName.get(plan.owner().asType()), entry.receiverField);
      javadoc.append("@param ").append(entry.receiverField)
          .append(" the object to call it on\n");
      m.addStatement("return new $T($L)", stepType(0), entry.receiverField);
    } else {
      m.addStatement("return new $T()", stepType(0));
    }
    javadoc.append("@return the step that takes {@code ").append(entry.parameterNames.get(0))
        .append("}\n");
    String replacedBy = entry.request.replacedBy();
    boolean deprecated = !replacedBy.isEmpty() || method.getAnnotation(Deprecated.class) != null;
    if (deprecated) {
      m.addAnnotation(Deprecated.class);
      javadoc.append("@deprecated ").append(replacedBy.isEmpty()
          ? "the contract is deprecated" : "replaced by " + replacementLink(replacedBy))
          .append('\n');
    }
    return m.addJavadoc("$L", javadoc).build();
  }

  private String contractLink() {
    StringBuilder link = new StringBuilder("{@link ")
        .append(ClassName.get(plan.owner()).canonicalName()).append('#');
    link.append(method.getKind() == ElementKind.CONSTRUCTOR
        ? plan.owner().getSimpleName() : method.getSimpleName()).append('(');
    for (int i = 0; i < method.getParameters().size(); i++) {
      TypeMirror erased = method.getParameters().get(i).asType();
      link.append(i > 0 ? ", " : "").append(javadocType(erased));
    }
    return link.append(")}").toString();
  }

  private String replacementLink(String replacedBy) {
    for (NamedCallPlan.Entry other : plan.entries()) {
      if (other.request.id().equals(replacedBy)) {
        return "contract {@code " + replacedBy + "}, named call {@link #" + other.entryName
            + "}";
      }
    }
    String elsewhere = namedCallOf.apply(replacedBy);
    if (!elsewhere.isEmpty()) {
      return "contract {@code " + replacedBy + "}, named call {@link " + elsewhere + "}";
    }
    return "contract {@code " + replacedBy + "}";
  }

  /** Step {@code stage}: takes parameter {@code stage}, or, the last, has {@code call()}. */
  private TypeSpec step(int stage) {
    int count = entry.parameterNames.size();
    ClassName name = steps.nestedClass(entry.stepNames.get(stage));
    TypeSpec.Builder step = TypeSpec.classBuilder(name)
        .addModifiers(visibility)
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addTypeVariables(variables.declaredBy(stage));
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    StringBuilder constructorDoc = new StringBuilder(stage == 0
        ? "Made by the entry point only.\n" : "Made by the previous step only.\n");
    String separator = "\n";
    for (Field f : fields(stage)) {
      String fieldDoc = f.name.equals(entry.receiverField) && entry.form == NamedCallPlan.Form.INSTANCE
          ? "the object to call the contract on"
          : "the argument for {@code " + f.name + "}";
      step.addField(FieldSpec.builder(f.type, f.name, Modifier.PRIVATE, Modifier.FINAL)
          .addJavadoc("$L.\n", capitalize(fieldDoc)).build());
      constructor.addParameter(f.type, f.name).addStatement("this.$N = $N", f.name, f.name);
      constructorDoc.append(separator).append("@param ").append(f.name).append(' ')
          .append(fieldDoc).append('\n');
      separator = "";
    }
    step.addMethod(constructor.addJavadoc("$L", constructorDoc).build());
    String classTags = typeParameterTags(variables.declaredBy(stage));
    classTags = classTags.isEmpty() ? "" : "\n" + classTags;
    if (stage < count) {
      step.addJavadoc("The step that takes {@code $L}.\n$L", entry.parameterNames.get(stage),
          classTags);
      step.addMethod(parameterStep(stage));
    } else {
      step.addJavadoc("The last step: {@link #call()} calls the contract.\n$L", classTags);
      step.addMethod(callStep());
    }
    return step.build();
  }

  private MethodSpec parameterStep(int stage) {
    String parameter = entry.parameterNames.get(stage);
    TypeMirror type = method.getParameters().get(stage).asType();
    boolean varargs = method.isVarArgs() && stage == entry.parameterNames.size() - 1;
    MethodSpec.Builder m = MethodSpec.methodBuilder(parameter)
        .addModifiers(visibility)
        .addTypeVariables(variables.introducedAt(stage + 1))
        .addParameter(types.typeName(type), parameter)
        .varargs(varargs)
        .returns(stepType(stage + 1));
    if (varargs && !Reifiable.is(type)) {
      if (method.getAnnotation(SafeVarargs.class) != null) {
        // the array only travels on to the contract, which declares itself safe
        m.addModifiers(Modifier.FINAL).addAnnotation(SafeVarargs.class)
            .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                .addMember("value", "$S", "varargs").build());
      } else {
        // as unchecked as the contract's own declaration; callers are warned as they would be
        m.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "$S", "unchecked").build());
      }
    }
    List<String> arguments = new ArrayList<>();
    for (Field f : fields(stage)) {
      arguments.add(f.name);
    }
    arguments.add(parameter);
    String paramDoc = doc.param(parameter);
    m.addJavadoc("Gives {@code $L}$L\n\n$L@param $L $L\n@return the next step\n", parameter,
        paramDoc.isEmpty() ? "." : ": " + paramDoc,
        typeParameterTags(variables.introducedAt(stage + 1)), parameter,
        paramDoc.isEmpty() ? "the contract's parameter {@code " + parameter + "}" : paramDoc);
    return m.addStatement("return new $T($L)", stepType(stage + 1), String.join(", ", arguments))
        .build();
  }

  private MethodSpec callStep() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("call").addModifiers(visibility);
    for (TypeMirror thrown : method.getThrownTypes()) {
      m.addException(TypeName.get(thrown));
    }
    CodeBlock arguments = CodeBlock.of("$L", String.join(", ", entry.parameterNames.stream()
        .map(n -> "this." + n).toList()));
    CodeBlock typeArguments = typeArguments(method.getTypeParameters());
    CodeBlock invocation;
    TypeName result;
    switch (entry.form) {
      case CONSTRUCTOR:
        result = TypeName.get(plan.owner().asType());
        invocation = CodeBlock.of("new $L$T($L)", typeArguments, result, arguments);
        break;
      case INSTANCE:
        result = types.typeName(method.getReturnType());
        invocation = CodeBlock.of("this.$N.$L$N($L)", entry.receiverField, typeArguments,
            method.getSimpleName().toString(), arguments);
        break;
      default:
        result = types.typeName(method.getReturnType());
        invocation = CodeBlock.of("$T.$L$N($L)", ClassName.get(plan.owner()), typeArguments,
            method.getSimpleName().toString(), arguments);
    }
    m.returns(result);
    StringBuilder javadoc = new StringBuilder("Calls ").append(contractLink())
        .append(" with the arguments of the steps.\n");
    if (result.equals(TypeName.VOID)) {
      m.addStatement("$L", invocation);
    } else {
      m.addStatement("return $L", invocation);
      javadoc.append("\n@return ").append(doc.returns().isEmpty()
          ? "what the contract returns" : doc.returns()).append('\n');
    }
    for (TypeMirror thrown : method.getThrownTypes()) {
      String name = javadocType(thrown);
      String text = doc.throwsText(thrown.toString(), name);
      javadoc.append(javadoc.indexOf("\n@") < 0 ? "\n" : "").append("@throws ").append(name)
          .append(' ').append(text.isEmpty() ? "as the contract does" : text).append('\n');
    }
    // a deprecated contract: the class's @SuppressWarnings covers this call (one more here
    // would be "unnecessary" to the Eclipse compiler)
    return m.addJavadoc("$L", javadoc).build();
  }

  /** One {@code @param <T>} line per type variable, from the contract's own tag if it has one. */
  private String typeParameterTags(List<TypeVariableName> declared) {
    StringBuilder tags = new StringBuilder();
    for (TypeVariableName v : declared) {
      String text = doc.param("<" + v.name() + ">");
      tags.append("@param <").append(v.name()).append("> ").append(text.isEmpty()
          ? "the contract's type variable {@code " + v.name() + "}" : text).append('\n');
    }
    return tags.toString();
  }

  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private CodeBlock typeArguments(List<? extends TypeParameterElement> parameters) {
    if (parameters.isEmpty()) {
      return CodeBlock.of("");
    }
    List<CodeBlock> names = new ArrayList<>();
    for (TypeParameterElement t : parameters) {
      names.add(CodeBlock.of("$T", TypeVariableName.get(t.getSimpleName().toString())));
    }
    return CodeBlock.of("<$L>", CodeBlock.join(names, ", "));
  }

  /** The fields of step {@code stage}: the receiver, then the parameters given so far. */
  private List<Field> fields(int stage) {
    List<Field> fields = new ArrayList<>();
    if (entry.form == NamedCallPlan.Form.INSTANCE) {
      fields.add(new Field(TypeName.get(plan.owner().asType()), entry.receiverField));
    }
    for (int i = 0; i < stage; i++) {
      fields.add(new Field(types.typeName(method.getParameters().get(i).asType()),
          entry.parameterNames.get(i)));
    }
    return fields;
  }

  private TypeName stepType(int stage) {
    ClassName raw = steps.nestedClass(entry.stepNames.get(stage));
    List<TypeVariableName> declared = variables.declaredBy(stage);
    if (declared.isEmpty()) {
      return raw;
    }
    TypeName[] names = declared.stream()
        .map(v -> TypeVariableName.get(v.name())).toArray(TypeName[]::new);
    return ParameterizedTypeName.get(raw, names);
  }

  /** A type as javadoc's {@code {@link}} wants it: erased, qualified. */
  private static String javadocType(TypeMirror type) {
    if (type.getKind() == TypeKind.TYPEVAR) {
      List<? extends TypeMirror> bounds =
          ((TypeParameterElement) ((TypeVariable) type).asElement()).getBounds();
      return bounds.isEmpty() ? "Object" : javadocType(bounds.get(0));
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return javadocType(((ArrayType) type).getComponentType()) + "[]";
    }
    if (type.getKind() == TypeKind.DECLARED) {
      return ClassName.get((TypeElement) ((DeclaredType) type).asElement()).canonicalName();
    }
    // a primitive: its kind, without the type-use annotations toString() would add
    return type.getKind().isPrimitive() ? type.getKind().name().toLowerCase(Locale.ROOT)
        : type.toString();
  }

  private static final class Field {
    final TypeName type;
    final String name;

    Field(TypeName type, String name) {
      this.type = type;
      this.name = name;
    }
  }
}
