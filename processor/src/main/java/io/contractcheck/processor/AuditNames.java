package io.contractcheck.processor;

import io.contractcheck.processor.jdk.JdkParameterNames;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Types;

/**
 * The parameter names an audit ({@code scope=all}) checks a plain method's calls against: javac's,
 * where they are the declared ones, else the shipped table's for the JDK's public API (javac has
 * none under a lower {@code --release}, nor for interface and abstract JDK methods). Contract mode
 * never uses the table: contracts carry their names in their manifests.
 */
final class AuditNames {
  private AuditNames() {}

  /** The names, or null when they are not known. */
  static List<String> of(ExecutableElement callee, ContractIndex index, Types types) {
    if (index.parameterNamesKnown(callee)) {
      return Signatures.parameterNames(callee);
    }
    List<String> names = JdkParameterNames.shipped().of(callee, types);
    return names != null && names.size() == callee.getParameters().size() ? names : null;
  }
}
