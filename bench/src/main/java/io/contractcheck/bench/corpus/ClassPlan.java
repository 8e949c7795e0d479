package io.contractcheck.bench.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything about one generated class that other classes need to call it: its name, its
 * constructor and business methods, and which of its members are contracts.
 */
record ClassPlan(
    int index,
    String packageName,
    String simpleName,
    List<Parameter> constructorParameters,
    ContractKind constructorContract,
    Parameter factoryExtra,
    List<BusinessMethod> businessMethods,
    ContractKind totalOfThreeContract,
    ContractKind joinContract,
    ContractKind transformContract,
    List<Integer> collaborators) {

  ClassPlan {
    constructorParameters = List.copyOf(constructorParameters);
    businessMethods = List.copyOf(businessMethods);
    collaborators = List.copyOf(collaborators);
  }

  String qualifiedName() {
    return packageName + "." + simpleName;
  }

  /** The lower-camel name used for a parameter or variable holding an instance. */
  String variableName() {
    return Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1);
  }

  /** The parameters of the static factory {@code create}: the constructor's plus one. */
  List<Parameter> factoryParameters() {
    return concat(constructorParameters, factoryExtra);
  }

  /** Number of members annotated {@code @Contract}. */
  int contractCount() {
    int count = 0;
    for (ContractKind kind : List.of(constructorContract, totalOfThreeContract, joinContract, transformContract)) {
      count += kind.isContract() ? 1 : 0;
    }
    for (BusinessMethod method : businessMethods) {
      count += method.contract().isContract() ? 1 : 0;
    }
    return count;
  }

  private static List<Parameter> concat(List<Parameter> head, Parameter last) {
    List<Parameter> all = new ArrayList<>(head);
    all.add(last);
    return List.copyOf(all);
  }
}
