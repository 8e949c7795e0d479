package io.contractcheck.processor.namedcall;

import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Parameterizable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;

/**
 * Where each type variable of a named call is declared, so that javac infers it from the first
 * argument that mentions it: stage 0 is the entry point (variables of the receiver, and those no
 * parameter mentions: explicit type arguments go there), stage {@code k + 1} the step method that
 * takes parameter {@code k}. A variable whose bounds mention another pulls that one to its own
 * stage or earlier. Step class {@code k} declares every variable of a stage up to {@code k}.
 */
final class StageVariables {
  private final Map<TypeParameterElement, Integer> stages = new LinkedHashMap<>();

  StageVariables(NamedCallPlan.Entry entry) {
    ExecutableElement method = entry.method();
    if (entry.form != NamedCallPlan.Form.STATIC) {
      List<Element> chain = new ArrayList<>();
      for (Element e = method.getEnclosingElement(); e instanceof TypeElement;
          e = e.getEnclosingElement()) {
        chain.add(0, e);
        if (e.getModifiers().contains(Modifier.STATIC) || !(e.getEnclosingElement() instanceof TypeElement)) {
          break;
        }
      }
      for (Element e : chain) {
        for (TypeParameterElement t : ((Parameterizable) e).getTypeParameters()) {
          stages.put(t, entry.form == NamedCallPlan.Form.INSTANCE ? 0 : firstMention(method, t));
        }
      }
    }
    for (TypeParameterElement t : method.getTypeParameters()) {
      stages.put(t, firstMention(method, t));
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Map.Entry<TypeParameterElement, Integer> v : stages.entrySet()) {
        for (TypeParameterElement u : SignatureTypes.variablesInBounds(v.getKey())) {
          Integer stage = stages.get(u);
          if (stage != null && stage > v.getValue()) {
            stages.put(u, v.getValue());
            changed = true;
          }
        }
      }
    }
  }

  private static int firstMention(ExecutableElement method, TypeParameterElement variable) {
    for (int k = 0; k < method.getParameters().size(); k++) {
      if (SignatureTypes.variablesIn(method.getParameters().get(k).asType()).contains(variable)) {
        return k + 1;
      }
    }
    return 0;
  }

  /** The variables the entry point ({@code 0}) or step method {@code stage} declares. */
  List<TypeVariableName> introducedAt(int stage) {
    List<TypeVariableName> names = new ArrayList<>();
    stages.forEach((t, s) -> {
      if (s == stage) {
        names.add(TypeVariableName.get(t));
      }
    });
    return names;
  }

  /** The variables step class {@code stage} declares: all of stages {@code 0..stage}. */
  List<TypeVariableName> declaredBy(int stage) {
    List<TypeVariableName> names = new ArrayList<>();
    stages.forEach((t, s) -> {
      if (s <= stage) {
        names.add(TypeVariableName.get(t));
      }
    });
    return names;
  }
}
