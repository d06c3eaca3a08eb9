package org.compacts.cli;

/**
 * Text from input made safe for CommonMark, for a place that does not begin a line (after a
 * label, in a table cell, in a list item): the characters that can open markup anywhere in a
 * line are backslash-escaped ({@code \ ` * _ [ ] < > | & ~}; CommonMark takes an escaped
 * punctuation character literally), so that no text from a file can open emphasis, code, a
 * link, an HTML tag, an entity, a table cell or a strikethrough, and the rest (dates, hyphens,
 * full stops) stays readable; line breaks become spaces, so the text cannot begin a line of
 * its own (a heading, a list item); control and bidirectional-override characters are written
 * as visible {@code \u0007}-style escapes, so that they reach no terminal raw.
 */
final class MarkdownText {
  /** The characters that can open markup in the middle of a line. */
  private static final String MARKUP = "\\`*_[]<>|&~";

  private MarkdownText() {}

  /**
   * Escapes text for a paragraph, a list item or a table cell.
   *
   * @param text the text
   * @return the Markdown that renders as the text
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if (isPunctuation(c)) {
        out.append('\\').append(c);
      } else if (TerminalText.isControl(c)) {
        out.append("\\\\u").append(String.format("%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isPunctuation(char c) {
    return MARKUP.indexOf(c) >= 0;
  }
}
