package org.compacts.json;

import org.compacts.rules.Event;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads the events of a run of lines with one parser over the bytes that {@link Lines} holds,
 * rather than a parser for each line, whose making costs about as much as reading a small
 * event. It vouches only for a line whose value starts and ends on that line with nothing but
 * spaces and tabs after it, and binds as a valid event with nothing unexpected: read alone, that
 * line gives the same event. For any other line it gives null and drops its parser, and the line
 * is to be read alone, which finds and locates its problems; the next line starts a new run.
 */
final class LineRun {
  private final Binder.Events events;
  private JsonParser parser;
  /** Where the parser's bytes start in the buffer, and where they end. */
  private int from;
  private int to;
  /** The buffer's fill count when the parser was made; the bytes stay put until it changes. */
  private long fills;

  LineRun(Binder.Events events) {
    this.events = events;
  }

  /**
   * Reads the event of the current line, not blank and not too long, if it is safely one.
   *
   * @return the event, or null: then the line is to be read alone
   */
  Event read(Lines lines) {
    int start = lines.offset();
    int end = start + lines.length();
    if (parser == null || fills != lines.fills() || end > to) {
      close();
      if (!open(lines)) {
        return null;
      }
    }
    try {
      JsonToken t = parser.nextToken();
      TokenStreamLocation first = parser.currentTokenLocation();
      long at = from + first.getByteOffset();
      if (t == JsonToken.START_OBJECT && at >= start && at < end) {
        Event event = events.next(parser);
        TokenStreamLocation last = parser.currentLocation();
        long after = from + last.getByteOffset();
        if (event != null && last.getLineNr() == first.getLineNr() && after <= end
            && spaces(lines.buffer(), (int) after, end)) {
          return event;
        }
      }
    } catch (JacksonException e) {
      // Not an event alone on its line: read alone, the line reports this problem itself.
    }
    close();
    return null;
  }

  /** Drops the parser. */
  void close() {
    if (parser != null) {
      parser.close();
      parser = null;
    }
  }

  /**
   * Starts a run at the current line, over the lines read whole, unless their bytes start as a
   * byte order mark or as UTF-16 or UTF-32 would, which the parser would take for the whole run.
   */
  private boolean open(Lines lines) {
    byte[] buffer = lines.buffer();
    from = lines.offset();
    to = lines.completeEnd();
    if (Source.wide(buffer, from, to - from) || (buffer[from] & 0xFF) == 0xEF) {
      return false;
    }
    parser = events.parser(buffer, from, to - from);
    fills = lines.fills();
    return true;
  }

  private static boolean spaces(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != ' ' && bytes[i] != '\t') {
        return false;
      }
    }
    return true;
  }
}
