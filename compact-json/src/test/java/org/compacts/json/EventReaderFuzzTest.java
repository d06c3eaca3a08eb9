package org.compacts.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.compacts.rules.Event;

/**
 * Fuzzes the event reader: one event, one event or an array, and newline-delimited events. In a
 * normal build each target runs over its committed inputs (EventReaderFuzzTestInputs).
 */
class EventReaderFuzzTest {
  private final CompactJson json = CompactJson.create();

  @FuzzTest
  void readEvent(byte[] input) {
    Event event = FuzzContract.read(() -> json.readEvent(input));
    if (event != null) {
      FuzzContract.roundTrips(List.of(event));
    }
  }

  @FuzzTest
  void readEvents(byte[] input) {
    List<Event> events = FuzzContract.read(() -> json.readEvents(input));
    if (events != null) {
      FuzzContract.roundTrips(events);
    }
  }

  /**
   * Every line that is not blank comes back, in order, as its event or as problems located on
   * that line; the stream is read to its end whatever a line holds.
   */
  @FuzzTest
  void readEventLines(byte[] input) throws IOException {
    List<Event> events = new ArrayList<>();
    long last = 0;
    try (EventLineReader lines = json.readEventLines(new ByteArrayInputStream(input))) {
      for (EventLine line = lines.next(); line != null; line = lines.next()) {
        if (line.getNumber() <= last) {
          throw new AssertionError("Line " + line.getNumber() + " after line " + last);
        }
        last = line.getNumber();
        if (line.hasEvent()) {
          events.add(line.getEvent());
        } else {
          FuzzContract.located(line.getProblems(), Integer.MAX_VALUE);
          for (JsonProblem p : line.getProblems()) {
            if (p.getLine() != line.getNumber()) {
              throw new AssertionError("A problem of line " + line.getNumber() + " at " + p);
            }
          }
        }
      }
    }
    FuzzContract.roundTrips(events);
  }
}
