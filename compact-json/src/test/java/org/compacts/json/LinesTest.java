package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.compacts.testkit.Gen;
import org.compacts.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The byte lines of a stream are those {@link BufferedReader#readLine()} finds. */
class LinesTest {
  private static final byte[] ALPHABET = "ab \t\r\n\r\n{}\"\u00e9".getBytes(StandardCharsets.UTF_8);

  @TestFactory
  Stream<DynamicTest> linesAreWhereReadLineEndsThem() {
    return Property.forAll("lines end where readLine ends them", gen -> {
      byte[] bytes = new byte[gen.between(0, 300)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = ALPHABET[gen.between(0, ALPHABET.length - 1)];
      }
      int limit = gen.between(1, 40);
      List<String> expected = new ArrayList<>();
      for (String line : readLines(bytes)) {
        expected.add(line.length() > limit ? "(too long)" : line);
      }
      assertThat(split(new Trickle(bytes, gen), limit, gen.between(1, 64))).isEqualTo(expected);
    });
  }

  @Test
  void aCarriageReturnAndLineFeedEndOneLineEvenAcrossReads() throws IOException {
    byte[] bytes = "a\r\nb\rc\n\nd".getBytes(StandardCharsets.US_ASCII);
    assertThat(split(new Trickle(bytes, Gen.seeded(1), 1), 100, 1))
        .containsExactly("a", "b", "c", "", "d");
  }

  @Test
  void aLongLineIsSkippedWithoutBeingHeld() throws IOException {
    byte[] bytes = ("x".repeat(10_000) + "\nok\n" + "y".repeat(10_000))
        .getBytes(StandardCharsets.US_ASCII);
    Lines lines = new Lines(new ByteArrayInputStream(bytes), 100, 16);
    assertThat(split(lines)).containsExactly("(too long)", "ok", "(too long)");
    assertThat(lines.buffer().length).isLessThanOrEqualTo(101);
  }

  @Test
  void blankIsWhatStringIsBlankSays() throws IOException {
    String text = " \t\f\u000b\n\u2003\u3000\n\u00a0\n \u00e9\n\n{}";
    Lines lines = new Lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        100);
    List<Boolean> blank = new ArrayList<>();
    while (lines.next()) {
      blank.add(lines.blank());
    }
    assertThat(blank).containsExactly(true, true, false, false, true, false);
  }

  private static List<String> split(InputStream in, int limit, int capacity) {
    try {
      return split(new Lines(in, limit, capacity));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> split(Lines lines) throws IOException {
    List<String> found = new ArrayList<>();
    while (lines.next()) {
      found.add(lines.tooLong() ? "(too long)" : new String(lines.buffer(), lines.offset(),
          lines.length(), StandardCharsets.ISO_8859_1));
    }
    return found;
  }

  /** The lines of bytes, one character per byte, as {@code readLine} splits them. */
  static List<String> readLines(byte[] bytes) {
    try (BufferedReader in = new BufferedReader(
        new StringReader(new String(bytes, StandardCharsets.ISO_8859_1)))) {
      List<String> lines = new ArrayList<>();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A stream that gives its bytes a few at a time, as a pipe or a socket may. */
  static final class Trickle extends InputStream {
    private final byte[] bytes;
    private final Gen gen;
    private final int most;
    private int at;

    Trickle(byte[] bytes, Gen gen) {
      this(bytes, gen, 50);
    }

    Trickle(byte[] bytes, Gen gen, int most) {
      this.bytes = Arrays.copyOf(bytes, bytes.length);
      this.gen = gen;
      this.most = most;
    }

    @Override
    public int read() {
      return at < bytes.length ? bytes[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (at == bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, bytes.length - at), gen.between(1, most));
      System.arraycopy(bytes, at, b, off, n);
      at += n;
      return n;
    }
  }
}
