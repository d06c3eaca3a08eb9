package org.compacts.json;

import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * A whole document in memory, as UTF-8 bytes (all of an array, or a part of one) or as
 * characters, read within the size limit. Holding it whole lets a read with problems scan it
 * again to locate them, and lets a document that is too large be refused before it is parsed.
 */
final class Source {
  private final byte[] bytes;
  /** Where the document starts in {@link #bytes}. */
  private final int from;
  /** The document's length, in bytes or characters. */
  private final int length;
  private final String text;

  private Source(byte[] bytes, int from, int length, String text) {
    this.bytes = bytes;
    this.from = from;
    this.length = length;
    this.text = text;
  }

  /**
   * The document in a string; a leading byte order mark ({@code U+FEFF}) is skipped, as Jackson
   * skips it in bytes, and is not counted in columns.
   */
  static Source of(String text) {
    if (text.length() > Mappers.MAX_DOCUMENT) {
      throw tooLarge();
    }
    String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    return new Source(null, 0, body.length(), body);
  }

  static Source of(byte[] bytes) {
    return of(bytes, 0, bytes.length);
  }

  /** The document in {@code bytes[from..from + length)}, which must not change while it is read. */
  static Source of(byte[] bytes, int from, int length) {
    if (length > Mappers.MAX_DOCUMENT) {
      throw tooLarge();
    }
    checkUtf8(bytes, from, length);
    return new Source(bytes, from, length, null);
  }

  static Source read(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
      if (out.size() > Mappers.MAX_DOCUMENT) {
        throw tooLarge();
      }
    }
    return of(out.toByteArray());
  }

  static Source read(Reader in) throws IOException {
    StringBuilder out = new StringBuilder(8192);
    char[] buffer = new char[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.append(buffer, 0, n);
        if (out.length() > Mappers.MAX_DOCUMENT) {
          throw tooLarge();
        }
      }
    } catch (CharacterCodingException | CharConversionException e) {
      throw new CompactJsonException(List.of(JsonProblem.of("not-utf-8", "", 1, 1,
          "The document could not be decoded from its character set (" + e.getMessage()
              + ").")));
    }
    return of(out.toString());
  }

  static Source read(Path path) throws IOException {
    if (Files.size(path) > Mappers.MAX_DOCUMENT) {
      throw tooLarge();
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    }
  }

  <T> T readValue(ObjectReader reader) {
    return bytes != null ? reader.readValue(bytes, from, length) : reader.readValue(text);
  }

  JsonParser parser(ObjectMapper mapper) {
    return bytes != null ? mapper.createParser(bytes, from, length)
        : mapper.createParser(text);
  }

  /** The first character that is not white space (after a byte order mark), or -1. */
  int firstSignificant() {
    int i = firstSignificantIndex();
    return i < length ? at(i) : -1;
  }

  /** The line and column of the first character that is not white space. */
  int[] firstSignificantPosition() {
    return position(firstSignificantIndex());
  }

  private int firstSignificantIndex() {
    int i = bytes != null && hasBom() ? 3 : 0;
    while (i < length && (at(i) == ' ' || at(i) == '\t' || at(i) == '\n' || at(i) == '\r')) {
      i++;
    }
    return i;
  }

  /** Tells whether a parser's location says where it is: an offset, or at least a line. */
  static boolean known(TokenStreamLocation location) {
    return location != null && (location.getByteOffset() >= 0 || location.getCharOffset() >= 0
        || location.getLineNr() > 0);
  }

  /** The line and column of a location, counting characters (not bytes) from 1. */
  int[] position(TokenStreamLocation location) {
    if (location == null) {
      return new int[] {1, 1};
    }
    long offset = bytes != null ? location.getByteOffset() : location.getCharOffset();
    if (offset < 0) {
      return new int[] {Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr())};
    }
    return position(offset);
  }

  /** The line and column of an offset in bytes or characters, counting characters from 1. */
  private int[] position(long offset) {
    int line = 1;
    int column = 1;
    int start = bytes != null && hasBom() ? 3 : 0;
    int end = (int) Math.min(offset, length);
    for (int i = start; i < end; i++) {
      int c = at(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < end && at(i + 1) == '\n') {
          i++;
        }
        line++;
        column = 1;
      } else if (bytes != null ? (c & 0xC0) != 0x80 : !Character.isLowSurrogate((char) c)) {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /** The byte (0 to 255) or the character at an index of the document. */
  private int at(int i) {
    return bytes != null ? bytes[from + i] & 0xFF : text.charAt(i);
  }

  /** Tells whether the bytes start with the UTF-8 byte order mark, which JSON readers skip. */
  private boolean hasBom() {
    return length >= 3 && at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF;
  }

  /**
   * Tells whether bytes start as UTF-16 or UTF-32 do (a zero byte, or a UTF-16 byte order mark,
   * in the first four), which Jackson would detect and read.
   */
  static boolean wide(byte[] bytes, int from, int length) {
    int n = Math.min(length, 4);
    boolean bom16 = n >= 2 && ((bytes[from] & 0xFF) == 0xFE && (bytes[from + 1] & 0xFF) == 0xFF
        || (bytes[from] & 0xFF) == 0xFF && (bytes[from + 1] & 0xFF) == 0xFE);
    boolean zero = false;
    for (int i = from; i < from + n; i++) {
      zero |= bytes[i] == 0;
    }
    return bom16 || zero;
  }

  /** Refuses UTF-16 and UTF-32, which Jackson would otherwise detect and read. */
  private static void checkUtf8(byte[] bytes, int from, int length) {
    if (wide(bytes, from, length)) {
      throw new CompactJsonException(List.of(JsonProblem.of("not-utf-8", "", 1, 1,
          "The document is not UTF-8 (it looks like UTF-16 or UTF-32); a compact document is"
              + " UTF-8.")));
    }
  }

  static CompactJsonException tooLarge() {
    return new CompactJsonException(List.of(JsonProblem.of("too-large", "", 1, 1,
        "The document is larger than " + (Mappers.MAX_DOCUMENT / (1024 * 1024))
            + " MB, the most this library reads.")));
  }
}
