package org.compacts.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * Everything the tool writes goes through this writer, which lets through the tool's own line
 * ends and tabs and writes every other control character as {@code \}{@code uXXXX}: the last
 * guard that no text from input reaches a terminal raw. Text outputs escape what they quote
 * from input before they write it ({@link TerminalText#escape}); JSON output needs only this
 * guard, because Jackson escapes the C0 controls in strings itself and a control character can
 * appear in JSON only inside a string, where {@code \}{@code uXXXX} is the same character.
 */
final class EscapingWriter extends Writer {
  private final Writer out;

  EscapingWriter(Writer out) {
    super(out);
    this.out = out;
  }

  private static boolean escapes(char c) {
    return c != '\n' && c != '\r' && c != '\t' && TerminalText.isControl(c);
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    int end = off + len;
    int start = off;
    for (int i = off; i < end; i++) {
      if (escapes(chars[i])) {
        out.write(chars, start, i - start);
        writeEscape(chars[i]);
        start = i + 1;
      }
    }
    out.write(chars, start, end - start);
  }

  @Override
  public void write(String text, int off, int len) throws IOException {
    int end = off + len;
    int start = off;
    for (int i = off; i < end; i++) {
      if (escapes(text.charAt(i))) {
        out.write(text, start, i - start);
        writeEscape(text.charAt(i));
        start = i + 1;
      }
    }
    out.write(text, start, end - start);
  }

  @Override
  public void write(int c) throws IOException {
    if (escapes((char) c)) {
      writeEscape((char) c);
    } else {
      out.write(c);
    }
  }

  private void writeEscape(char c) throws IOException {
    StringBuilder escape = new StringBuilder(6);
    TerminalText.appendEscape(escape, c);
    out.write(escape.toString());
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
