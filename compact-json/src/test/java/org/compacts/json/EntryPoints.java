package org.compacts.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.compacts.rules.Event;

/**
 * Every way to read a document, as functions of its text, so that a test can hold them to one
 * behaviour: a compact from a String, bytes, a Reader, an InputStream, a file, leniently and
 * unvalidated; events from the same sources.
 */
final class EntryPoints {
  private static final CompactJson JSON = CompactJson.create();

  private EntryPoints() {}

  /** A named way to read a document's text. */
  static final class Read<T> {
    final String name;
    final Function<String, T> read;

    Read(String name, Function<String, T> read) {
      this.name = name;
      this.read = read;
    }

    T apply(String text) {
      return read.apply(text);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Read<Object>> compactReaders() {
    List<Read<Object>> readers = new ArrayList<>();
    readers.add(new Read<>("read(String)", JSON::read));
    readers.add(new Read<>("read(byte[])", text -> JSON.read(utf8(text))));
    readers.add(new Read<>("read(Reader)", text -> io(() -> JSON.read(new StringReader(text)))));
    readers.add(new Read<>("read(InputStream)",
        text -> io(() -> JSON.read(new ByteArrayInputStream(utf8(text))))));
    readers.add(new Read<>("read(Path)", text -> io(() -> JSON.read(file(text)))));
    readers.add(new Read<>("readLenient(String)", text -> JSON.readLenient(text).getValue()));
    readers.add(new Read<>("readLenient(byte[])",
        text -> JSON.readLenient(utf8(text)).getValue()));
    readers.add(new Read<>("readLenient(Reader)",
        text -> io(() -> JSON.readLenient(new StringReader(text)).getValue())));
    readers.add(new Read<>("readLenient(InputStream)",
        text -> io(() -> JSON.readLenient(new ByteArrayInputStream(utf8(text))).getValue())));
    readers.add(new Read<>("readLenient(Path)",
        text -> io(() -> JSON.readLenient(file(text)).getValue())));
    readers.add(new Read<>("readUnvalidated(String)", JSON::readUnvalidated));
    readers.add(new Read<>("readUnvalidated(byte[])", text -> JSON.readUnvalidated(utf8(text))));
    return readers;
  }

  /** The readers of one event document, each giving the events read. */
  static List<Read<List<Event>>> eventReaders() {
    List<Read<List<Event>>> readers = new ArrayList<>();
    readers.add(new Read<>("readEvent(String)", text -> List.of(JSON.readEvent(text))));
    readers.add(new Read<>("readEvent(byte[])", text -> List.of(JSON.readEvent(utf8(text)))));
    readers.addAll(eventArrayReaders());
    return readers;
  }

  /** The readers of a document that holds one event or an array of them. */
  static List<Read<List<Event>>> eventArrayReaders() {
    List<Read<List<Event>>> readers = new ArrayList<>();
    readers.add(new Read<>("readEvents(String)", JSON::readEvents));
    readers.add(new Read<>("readEvents(byte[])", text -> JSON.readEvents(utf8(text))));
    readers.add(new Read<>("readEvents(Reader)",
        text -> io(() -> JSON.readEvents(new StringReader(text)))));
    readers.add(new Read<>("readEvents(InputStream)",
        text -> io(() -> JSON.readEvents(new ByteArrayInputStream(utf8(text))))));
    readers.add(new Read<>("readEvents(Path)", text -> io(() -> JSON.readEvents(file(text)))));
    return readers;
  }

  /** Reads NDJSON text to its end, every line that is not blank. */
  static List<EventLine> lines(String text) {
    return lines(utf8(text));
  }

  static List<EventLine> lines(byte[] bytes) {
    List<EventLine> lines = new ArrayList<>();
    try (EventLineReader reader = JSON.readEventLines(new ByteArrayInputStream(bytes))) {
      for (EventLine line = reader.next(); line != null; line = reader.next()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Path file(String text) throws IOException {
    Path file = Files.createTempFile("compact", ".json");
    file.toFile().deleteOnExit();
    return Files.write(file, utf8(text));
  }

  @FunctionalInterface
  private interface IoRead<T> {
    T read() throws IOException;
  }

  private static <T> T io(IoRead<T> read) {
    try {
      return read.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
