package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.compacts.json.CompactJson;
import org.compacts.model.Compact;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Text an attacker would put in a compact, and checks that the tool's output is safe. */
final class Hostile {
  /** Clears the screen. */
  static final String CLEAR = "\u001b[2J";
  /** Sets the terminal's title (OSC 0 ... BEL). */
  static final String TITLE = "\u001b]0;pwned\u0007";
  /** The 8-bit control sequence introducer, then "clear screen". */
  static final String CSI = "\u009b2J";
  /** Right-to-left override: reorders what follows on screen. */
  static final String RLO = "\u202e";
  /** Every control above in one string. */
  static final String CONTROLS = CLEAR + TITLE + CSI + RLO;
  /** HTML and a link, and the other Markdown a title could try to add. */
  static final String MARKUP = "<img src=x onerror=alert(1)> [x](javascript:alert(1))"
      + " <https://evil.example> ![i](http://evil.example/i.png) <script>alert(1)</script>"
      + " &lt;b&gt; [ref] a | b";

  private Hostile() {}

  /**
   * Asserts that text holds no control character other than the tool's own line ends and
   * tabs: no C0 or C1 control, no DEL, no bidirectional override.
   */
  static void assertNoRawControls(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = c == '\n' || c == '\t' || !isDangerous(c);
      assertThat(ok).as("raw U+%04X at %d in %s", (int) c, i, text).isTrue();
    }
  }

  static boolean isDangerous(char c) {
    return Character.getType(c) == Character.CONTROL || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f'
        || c == '\u2028' || c == '\u2029';
  }

  /**
   * A copy of a compact in which every free text (titles, names, clause texts, addresses)
   * starts with the given text; identifiers, enum values, dates and e-mail addresses are left.
   */
  static Compact everyText(CompactJson json, Compact compact, String prefix) {
    ObjectNode root = (ObjectNode) json.mapper().readTree(json.write(compact));
    poison(root, prefix);
    return json.readUnvalidated(json.mapper().writeValueAsString(root));
  }

  private static void poison(JsonNode node, String prefix) {
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      List<String> names = new ArrayList<>(object.propertyNames());
      for (String name : names) {
        JsonNode value = object.get(name);
        if (value.isString() && isText(name, value.stringValue())) {
          object.put(name, prefix + value.stringValue());
        } else if (value.isArray() && isText(name, "")) {
          ArrayNode array = (ArrayNode) value;
          for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isString()) {
              array.set(i, array.stringNode(prefix + array.get(i).stringValue()));
            }
          }
        } else {
          poison(value, prefix);
        }
      }
    } else if (node instanceof ArrayNode) {
      for (JsonNode item : node) {
        poison(item, prefix);
      }
    }
  }

  private static final Map<String, Boolean> TEXT_LISTS = Map.of("address", true,
      "actions", true, "thirdParties", true, "fields", true);

  private static boolean isText(String field, String value) {
    if (field.equals("email") || field.equals("id") || field.equals("formatVersion")) {
      return false;
    }
    if (TEXT_LISTS.containsKey(field)) {
      return true;
    }
    return field.equals("clause") || field.equals("label") || value.chars()
        .anyMatch(c -> c == ' ' || Character.isUpperCase(c));
  }
}
