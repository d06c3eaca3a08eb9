package org.compacts.json;

import java.io.Writer;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Collects a document's text in one array and makes it a {@code String} with one copy. The
 * array is kept for the next document (one array, of up to {@value #MAX_KEPT} chars), so once
 * warm, writing a document as a {@code String} allocates little more than the {@code String}.
 * Jackson's {@code writeValueAsString} keeps text in segments of at most 64K chars and joins
 * them at the end, which for a large document costs several arrays and copies more.
 *
 * <p>One use per instance: {@link #open()}, write, {@link #text()}.
 */
final class TextOutput extends Writer {
  /** Length of a new array: the size of a small compact. */
  private static final int INITIAL = 16 * 1024;

  /** The longest array kept for the next document (2 MB), far beyond the largest sample. */
  private static final int MAX_KEPT = 1024 * 1024;

  private static final AtomicReference<char[]> SPARE = new AtomicReference<>();

  private char[] chars;
  private int length;

  private TextOutput(char[] chars) {
    this.chars = chars;
  }

  /** An empty output, on the kept array if no other write holds it. */
  static TextOutput open() {
    char[] spare = SPARE.getAndSet(null);
    return new TextOutput(spare != null ? spare : new char[INITIAL]);
  }

  /**
   * The text written. The output is then spent and its array kept for the next document.
   *
   * @return the text
   */
  String text() {
    String text = new String(chars, 0, length);
    if (chars.length <= MAX_KEPT) {
      SPARE.set(chars);
    }
    chars = null;
    return text;
  }

  @Override
  public void write(char[] source, int offset, int count) {
    ensure(count);
    System.arraycopy(source, offset, chars, length, count);
    length += count;
  }

  @Override
  public void write(String source, int offset, int count) {
    ensure(count);
    source.getChars(offset, offset + count, chars, length);
    length += count;
  }

  @Override
  public void write(int c) {
    ensure(1);
    chars[length++] = (char) c;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  private void ensure(int count) {
    int needed = Math.addExact(length, count);
    if (needed > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(needed, chars.length * 2));
    }
  }
}
