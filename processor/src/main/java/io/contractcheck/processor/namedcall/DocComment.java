package io.contractcheck.processor.namedcall;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A contract's javadoc, split into what the named call reuses: the description (for the entry
 * point), each {@code @param} (for its step), {@code @return} and {@code @throws} (for
 * {@code call()}).
 */
final class DocComment {
  private static final DocComment NONE = new DocComment("", Map.of(), "", Map.of());

  private final String description;
  private final Map<String, String> params;
  private final String returns;
  private final Map<String, String> throwsByName;

  private DocComment(String description, Map<String, String> params, String returns,
      Map<String, String> throwsByName) {
    this.description = description;
    this.params = params;
    this.returns = returns;
    this.throwsByName = throwsByName;
  }

  /** @param text what {@code Elements.getDocComment} returns, or null */
  static DocComment parse(String text) {
    if (text == null || text.isBlank()) {
      return NONE;
    }
    StringBuilder description = new StringBuilder();
    Map<String, String> params = new LinkedHashMap<>();
    Map<String, String> throwsByName = new LinkedHashMap<>();
    String returns = "";
    StringBuilder tag = null;
    for (String raw : (text + "\n@end").split("\n", -1)) {
      String line = raw.startsWith(" ") ? raw.substring(1) : raw;
      if (line.startsWith("@")) {
        if (tag != null) {
          String[] words = tag.toString().strip().split("\\s+", 3);
          String kind = words[0];
          if ((kind.equals("@param") || kind.equals("@throws") || kind.equals("@exception"))
              && words.length >= 2) {
            (kind.equals("@param") ? params : throwsByName)
                .put(words[1], words.length > 2 ? words[2].strip() : "");
          } else if (kind.equals("@return")) {
            returns = tag.substring(tag.indexOf("@return") + "@return".length()).strip();
          }
        }
        tag = new StringBuilder(line);
      } else if (tag != null) {
        tag.append('\n').append(line);
      } else {
        description.append(line).append('\n');
      }
    }
    return new DocComment(description.toString().strip(), params, returns, throwsByName);
  }

  String description() {
    return description;
  }

  /** The {@code @param} text for {@code name}, or empty. */
  String param(String name) {
    return params.getOrDefault(name, "");
  }

  String returns() {
    return returns;
  }

  /** The {@code @throws} text for an exception written by simple or qualified name, or empty. */
  String throwsText(String qualifiedName, String simpleOrQualified) {
    String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    for (String key : new String[] {qualifiedName, simpleOrQualified, simple}) {
      if (throwsByName.containsKey(key)) {
        return throwsByName.get(key);
      }
    }
    return "";
  }
}
