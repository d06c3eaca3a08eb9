package org.compacts.json;

import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * A short, fixed list of names (an enum's values, the rule kinds or event types) matched
 * against the string the parser stands on, in the parser's own characters: no string is made
 * for a name that is known. Each name is compared with a plain loop, which beats the vectorised
 * {@code Arrays.equals} on names this short.
 */
final class Names {
  private final char[][] names;

  Names(List<String> names) {
    this.names = names.stream().map(String::toCharArray).toArray(char[][]::new);
  }

  /**
   * The index of the string value the parser stands on among the names.
   *
   * @param p a parser on a {@code VALUE_STRING}
   * @return the index, or -1 when the string is none of the names
   */
  int indexOf(JsonParser p) {
    char[] text = p.getStringCharacters();
    int offset = p.getStringOffset();
    int length = p.getStringLength();
    for (int i = 0; i < names.length; i++) {
      if (names[i].length == length && same(names[i], text, offset)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean same(char[] name, char[] text, int offset) {
    for (int i = 0; i < name.length; i++) {
      if (name[i] != text[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
