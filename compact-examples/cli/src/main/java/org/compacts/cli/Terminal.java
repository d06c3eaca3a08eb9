package org.compacts.cli;

/**
 * Text from input made safe for a terminal: control characters (C0, DEL, C1) and the
 * bidirectional overrides that can make a line read otherwise than it is are written as
 * {@code \u001b}-style escapes.
 */
final class Terminal {
  private Terminal() {}

  /**
   * Escapes what a terminal would act on.
   *
   * @param text the text, or null
   * @return the text with such characters escaped; {@code "null"} for null
   */
  static String clean(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append("\\u").append(String.format("%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** Tells whether a terminal or a reader could be misled by the character. */
  static boolean isUnsafe(char c) {
    return c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e
        || c >= 0x2066 && c <= 0x2069 || c == 0x200e || c == 0x200f || c == 0x061c;
  }
}
