package org.compacts.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.compacts.rules.Event;

/**
 * Reads newline-delimited JSON events (NDJSON, JSON Lines) from a UTF-8 stream, one event per
 * line, each line read as strictly as {@link CompactJson#readEvent(byte[])} reads a document. A
 * line that cannot be read comes back with its problems, located by line and column, and the
 * reading goes on with the next line. Lines end with a line feed, a carriage return or both; a
 * line of white space only is skipped; a UTF-8 byte order mark that starts a line is skipped, as
 * at the start of any document; a line longer than the document limit (10 MB) is a
 * {@code too-large} problem. The stream is read in the memory of its longest line, so a stream
 * of any length can be read.
 *
 * <pre>{@code
 * try (EventLineReader lines = CompactJson.create().readEventLines(Files.newInputStream(path))) {
 *   for (EventLine line = lines.next(); line != null; line = lines.next()) {
 *     if (line.hasEvent()) {
 *       check(line.getEvent());
 *     } else {
 *       System.err.println(path + ":" + line.getProblems().get(0));
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>An instance reads one stream on one thread.
 */
public final class EventLineReader implements Closeable {
  private final Lines lines;
  private final Binder.Events events;
  private final LineRun run;
  /**
   * Whether lines are read in a run. After a line the run refused, lines are read alone until
   * one is read well: a run may read far past a bad line before it fails, so it does not start
   * on every bad line of a stream of them.
   */
  private boolean running = true;
  private long number;

  EventLineReader(InputStream in, Binder.Events events) {
    this.lines = new Lines(in, Mappers.MAX_DOCUMENT);
    this.events = events;
    this.run = new LineRun(events);
  }

  /**
   * Reads the next line that is not blank.
   *
   * @return the line, its event or its problems; null at the end of the stream
   * @throws IOException when the stream fails
   */
  public EventLine next() throws IOException {
    while (lines.next()) {
      number++;
      if (lines.tooLong()) {
        return failed(Source.tooLarge());
      }
      if (lines.blank()) {
        continue;
      }
      Event event = running ? run.read(lines) : null;
      if (event != null) {
        return EventLine.of(number, event);
      }
      running = false;
      try {
        event = events.bind(Source.of(lines.buffer(), lines.offset(), lines.length()));
        running = true;
        return EventLine.of(number, event);
      } catch (CompactJsonException e) {
        return failed(e);
      }
    }
    return null;
  }

  /** Closes the stream. */
  @Override
  public void close() throws IOException {
    run.close();
    lines.close();
  }

  /** The line's problems, moved from the first line of its own document to this line. */
  private EventLine failed(CompactJsonException e) {
    int at = (int) Math.min(number, Integer.MAX_VALUE);
    List<JsonProblem> problems = new ArrayList<>(e.getProblems().size());
    for (JsonProblem p : e.getProblems()) {
      problems.add(JsonProblem.of(p.getCode(), p.getPointer(), at, p.getColumn(),
          p.getMessage()));
    }
    return EventLine.failed(number, problems);
  }
}
