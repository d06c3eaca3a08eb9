package org.compacts.cli;

/**
 * Escapes text that came from input before the tool writes it where a terminal may show it:
 * every control character becomes {@code \}{@code uXXXX}, so that a title holding
 * {@code ESC[2J} cannot clear the screen, and a name holding a line break cannot forge a line
 * of output.
 *
 * <p>Control characters are the C0 controls (U+0000–U+001F, line breaks and tabs included),
 * DEL, the C1 controls (U+0080–U+009F, which some terminals obey as escape sequences too), the
 * line and paragraph separators, and the bidirectional marks, embeddings, overrides and
 * isolates, which reorder what a terminal shows.
 */
final class TerminalText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private TerminalText() {}

  /** Whether a character is one that {@link #escape} writes as {@code \}{@code uXXXX}. */
  static boolean isControl(char c) {
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return true;
    }
    if (c < 0x61c) {
      return false;
    }
    return c == 0x61c || c == 0x200e || c == 0x200f || (c >= 0x2028 && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * Returns the text with every control character written as {@code \}{@code uXXXX}.
   *
   * @param text text from input
   * @return the same text, safe to show, or the same instance when nothing needed escaping
   */
  static String escape(String text) {
    int i = 0;
    while (i < text.length() && !isControl(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        appendEscape(out, c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static void appendEscape(StringBuilder out, char c) {
    out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
        .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
  }
}
