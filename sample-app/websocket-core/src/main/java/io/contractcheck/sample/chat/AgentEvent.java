package io.contractcheck.sample.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event of an agent run, before it is stamped with the run's ids. Immutable; the payload keeps
 * the order its fields were given in, so the same run always serializes the same way.
 */
record AgentEvent(String type, Map<String, Object> payload) {

  AgentEvent {
    payload = Collections.unmodifiableMap(new LinkedHashMap<>(payload));
  }

  /** An event whose payload is the given name/value pairs, in order. */
  static AgentEvent of(String type, Object... namesAndValues) {
    return new AgentEvent(type, fields(namesAndValues));
  }

  /** An ordered map of the given name/value pairs. */
  static Map<String, Object> fields(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("expected name/value pairs, got an odd number of arguments");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }
}
