package org.covalue.interchange.json;

import tools.jackson.databind.JsonNode;

/**
 * Translates the paths of the domain's violations, such as {@code stakeholders[0].id} or {@code
 * offeringTypes.desk-offering}, into JSON pointers, such as {@code /core/stakeholders/0/id}. The
 * walk follows the document's own tree, so a map key or an id that holds a dot is still found
 * whole.
 */
final class Pointers {

  private Pointers() {}

  static String resolve(JsonNode base, String basePointer, String path) {
    StringBuilder pointer = new StringBuilder(basePointer);
    JsonNode node = base;
    int i = 0;
    int length = path.length();
    while (i < length) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
        continue;
      }
      String token;
      if (c == '[') {
        int end = path.indexOf(']', i);
        if (end < 0) {
          end = length;
        }
        token = path.substring(i + 1, end);
        i = Math.min(length, end + 1);
      } else {
        token = field(node, path, i);
        i += token.length();
      }
      pointer.append('/').append(Problems.token(token));
      node = child(node, token);
    }
    return pointer.toString();
  }

  private static String field(JsonNode node, String path, int from) {
    String best = null;
    if (node.isObject()) {
      for (String name : node.propertyNames()) {
        int end = from + name.length();
        if (!name.isEmpty()
            && path.startsWith(name, from)
            && (end == path.length() || path.charAt(end) == '.' || path.charAt(end) == '[')
            && (best == null || name.length() > best.length())) {
          best = name;
        }
      }
    }
    if (best != null) {
      return best;
    }
    int end = from;
    while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
      end++;
    }
    return path.substring(from, end);
  }

  private static JsonNode child(JsonNode node, String token) {
    if (node.isArray()) {
      try {
        return node.path(Integer.parseInt(token));
      } catch (NumberFormatException e) {
        return node.path(token);
      }
    }
    return node.path(token);
  }
}
