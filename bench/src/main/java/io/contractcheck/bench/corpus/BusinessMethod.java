package io.contractcheck.bench.corpus;

import java.util.List;

/** A generated instance method with 2 to 5 parameters that returns a String. */
record BusinessMethod(String name, List<Parameter> parameters, ContractKind contract) {

  BusinessMethod {
    parameters = List.copyOf(parameters);
  }
}
