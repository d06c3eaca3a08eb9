package org.compacts.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into lines where {@link java.io.BufferedReader#readLine()} would: at a
 * line feed, a carriage return, or both together; the last line needs no end. The bytes of a
 * line stay in a buffer that is reused, so that a stream of any length is read in the memory of
 * its longest line; a line longer than the limit is skipped, not held, and said to be too long.
 */
final class Lines implements Closeable {
  private static final int FIRST_CAPACITY = 64 * 1024;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private final InputStream in;
  private final int limit;
  private byte[] buffer;
  /** The bytes read and not yet taken are {@code buffer[start..end)}. */
  private int start;
  private int end;
  private boolean eof;
  /** The last line ended with a carriage return at the end of the buffer: skip a line feed. */
  private boolean skipLineFeed;

  private int lineStart;
  private int lineLength;
  private boolean tooLong;
  /** How many times the buffer was filled: bytes move only then. */
  private long fills;

  /**
   * Creates the splitter.
   *
   * @param in the stream, closed by {@link #close()}
   * @param limit the most bytes a line may have
   */
  Lines(InputStream in, int limit) {
    this(in, limit, FIRST_CAPACITY);
  }

  /** Creates the splitter with a buffer of a first capacity, which grows to hold a line. */
  Lines(InputStream in, int limit, int capacity) {
    this.in = in;
    this.limit = limit;
    this.buffer = new byte[Math.max(1, Math.min(capacity, limit + 1))];
  }

  /**
   * Moves to the next line.
   *
   * @return false at the end of the stream
   * @throws IOException when the stream fails
   */
  boolean next() throws IOException {
    if (skipLineFeed) {
      if (start == end && !eof) {
        fill();
      }
      if (start < end && buffer[start] == '\n') {
        start++;
      }
      skipLineFeed = false;
    }
    tooLong = false;
    int i = start;
    while (true) {
      i = lineEnd(i);
      if (i < end) {
        take(i);
        if (buffer[i] == '\r') {
          if (i + 1 < end) {
            i += buffer[i + 1] == '\n' ? 1 : 0;
          } else {
            skipLineFeed = true;
          }
        }
        start = i + 1;
        return true;
      }
      if (eof) {
        if (start == end && !tooLong) {
          return false;
        }
        take(end);
        start = end;
        return true;
      }
      if (tooLong || end - start > limit) {
        tooLong = true;
        start = end;
      }
      i -= start;
      fill();
      i += start;
    }
  }

  /** The buffer that holds the current line; valid until the next call of {@link #next()}. */
  byte[] buffer() {
    return buffer;
  }

  /** Where the current line starts in the buffer. */
  int offset() {
    return lineStart;
  }

  /** How many bytes the current line has, without its end; 0 when it is too long. */
  int length() {
    return lineLength;
  }

  /**
   * Where the lines read whole end in the buffer, from the current line on: at the last line
   * end read, or at the end of the stream. The bytes up to there stay in place until
   * {@link #fills()} changes.
   */
  int completeEnd() {
    if (eof) {
      return end;
    }
    int i = end - 1;
    while (i > lineStart + lineLength && buffer[i] != '\n' && buffer[i] != '\r') {
      i--;
    }
    return Math.max(i, lineStart + lineLength);
  }

  /** How many times the buffer was filled, which may move the bytes in it. */
  long fills() {
    return fills;
  }

  /** Tells whether the current line is longer than the limit, and so was skipped. */
  boolean tooLong() {
    return tooLong;
  }

  /**
   * Tells whether the current line is white space only, as {@link String#isBlank()} says of
   * its characters.
   */
  boolean blank() {
    for (int i = lineStart; i < lineStart + lineLength; i++) {
      int c = buffer[i];
      if (c < 0) {
        return new String(buffer, lineStart, lineLength, StandardCharsets.UTF_8).isBlank();
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return !tooLong;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * The index of the first line feed or carriage return from {@code i} in the bytes read, or
   * their end. Eight bytes at a time: a byte equal to the one looked for is a zero byte of their
   * exclusive or, and the lowest byte that {@code (x - 0x01..) & ~x & 0x80..} flags is the first
   * zero byte of {@code x} (a borrow may flag bytes above it, never below).
   */
  private int lineEnd(int i) {
    for (; i + Long.BYTES <= end; i += Long.BYTES) {
      long bytes = (long) LONGS.get(buffer, i);
      long lf = bytes ^ (ONES * '\n');
      long cr = bytes ^ (ONES * '\r');
      long found = ((lf - ONES) & ~lf | (cr - ONES) & ~cr) & HIGHS;
      if (found != 0) {
        return i + Long.numberOfTrailingZeros(found) / Byte.SIZE;
      }
    }
    while (i < end && buffer[i] != '\n' && buffer[i] != '\r') {
      i++;
    }
    return i;
  }

  private void take(int lineEnd) {
    lineStart = start;
    lineLength = lineEnd - start;
    if (lineLength > limit) {
      tooLong = true;
    }
    if (tooLong) {
      lineLength = 0;
    }
  }

  /** Moves what is left to the front, grows the buffer when it is full, and reads more. */
  private void fill() throws IOException {
    fills++;
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    if (end == buffer.length) {
      byte[] larger = new byte[(int) Math.min(2L * buffer.length, limit + 1L)];
      System.arraycopy(buffer, 0, larger, 0, end);
      buffer = larger;
    }
    int n = in.read(buffer, end, buffer.length - end);
    if (n < 0) {
      eof = true;
    } else {
      end += n;
    }
  }
}
