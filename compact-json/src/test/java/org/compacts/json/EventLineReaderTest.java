package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.compacts.rules.Event;
import org.compacts.testkit.EventGen;
import org.compacts.testkit.Gen;
import org.compacts.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.ObjectWriter;

/** Newline-delimited events read line by line, each line as a document of its own. */
class EventLineReaderTest {
  private static final String[] ENDS = {"\n", "\r\n", "\r"};
  private static final String[] BLANKS = {"", " ", "\t \t", "\f", " \u000b ", "\u2003"};
  private static final String OK = "{\"type\": \"dispute-step\", \"stage\": 2, \"startedOn\":"
      + " \"2025-03-01\", \"completedOn\": \"2025-03-22\"}";

  private final CompactJson json = CompactJson.create();
  private final ObjectWriter oneLine = json.mapper().writerFor(Event.class);

  @TestFactory
  Stream<DynamicTest> eachLineReadsAsReadEventReadsIt() {
    return Property.forAll("each line reads as readEvent(byte[]) reads it", gen -> {
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      int count = gen.between(0, 12);
      for (int i = 0; i < count; i++) {
        text.writeBytes(line(gen));
        if (i < count - 1 || gen.bool()) {
          text.writeBytes(gen.pick(ENDS).getBytes(StandardCharsets.US_ASCII));
        }
      }
      byte[] bytes = text.toByteArray();
      InputStream in = gen.bool() ? new LinesTest.Trickle(bytes, gen)
          : new ByteArrayInputStream(bytes);
      assertThat(readAll(in)).isEqualTo(expected(bytes));
    });
  }

  @Test
  void aBadLineIsLocatedByItsNumberAndTheReadingGoesOn() {
    String bad = "{\"type\": \"dispute-step\", \"stage\": \"two\"}";
    List<EventLine> lines = readAll(stream(OK + "\n" + bad + "\n\n  \n" + OK + "\n"));
    assertThat(lines).extracting(EventLine::getNumber).containsExactly(1L, 2L, 5L);
    assertThat(lines).extracting(EventLine::hasEvent).containsExactly(true, false, true);
    assertThat(lines.get(0).getEvent()).isEqualTo(json.readEvent(OK));
    assertThat(lines.get(0).getProblems()).isEmpty();
    assertThat(lines.get(1).getProblems()).extracting(JsonProblem::getPointer)
        .containsExactly("/startedOn", "/stage");
    JsonProblem p = lines.get(1).getProblems().get(1);
    assertThat(p.getCode()).isEqualTo("wrong-type");
    assertThat(p.getPointer()).isEqualTo("/stage");
    assertThat(p.getLine()).isEqualTo(2);
    assertThat(p.getColumn()).isEqualTo(bad.indexOf("\"stage\"") + 1);
    assertThat(catchThrowableOfType(CompactJsonException.class, lines.get(1)::getEvent)
        .getProblems()).isEqualTo(lines.get(1).getProblems());
  }

  @Test
  void eachKindOfBadLineIsReportedAndSkipped() {
    List<EventLine> lines = readAll(stream(String.join("\n",
        OK + " " + OK,
        "{\"type\": \"nope\"}",
        "[]",
        "{",
        "}",
        "{\"type\": \"dispute-step\", \"type\": \"dispute-step\"}",
        "{\"stage\": 2, \"sectr\": 1, \"type\": \"dispute-step\", \"startedOn\": \"2025-03-01\","
            + " \"completedOn\": \"2025-03-22\"}",
        OK)));
    assertThat(lines).extracting(l -> l.hasEvent() ? "event"
            : l.getProblems().get(0).getLine() + " " + l.getProblems().get(0).getCode())
        .containsExactly("1 trailing-content", "2 unknown-type", "3 wrong-type", "4 syntax",
            "5 syntax", "6 duplicate-key", "7 unknown-field", "event");
  }

  @Test
  void invalidUtf8IsAProblemOfItsLineOnly() {
    byte[] bad = "{\"type\": \"dispute-\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    text.writeBytes(bad);
    text.writeBytes(("\n" + OK + "\n").getBytes(StandardCharsets.UTF_8));
    List<EventLine> lines = readAll(new ByteArrayInputStream(text.toByteArray()));
    assertThat(lines.get(0).getProblems()).extracting(JsonProblem::getCode)
        .containsExactly("not-utf-8");
    assertThat(lines.get(1).hasEvent()).isTrue();
  }

  @Test
  void aByteOrderMarkMayStartTheStream() {
    assertThat(readAll(stream("\ufeff" + OK + "\r\n" + OK)))
        .extracting(EventLine::hasEvent).containsExactly(true, true);
  }

  @Test
  void aLineOverTenMegabytesIsTooLargeAndTheReadingGoesOn() {
    String huge = "{\"type\": \"" + "x".repeat(Mappers.MAX_DOCUMENT) + "\"}";
    List<EventLine> lines = readAll(stream(huge + "\n" + OK));
    JsonProblem p = lines.get(0).getProblems().get(0);
    assertThat(p.getCode()).isEqualTo("too-large");
    assertThat(p.getLine()).isEqualTo(1);
    assertThat(lines.get(1).getEvent()).isEqualTo(json.readEvent(OK));
  }

  @Test
  void closingTheReaderClosesTheStream() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(new byte[0]) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    try (EventLineReader lines = json.readEventLines(in)) {
      assertThat(lines.next()).isNull();
    }
    assertThat(closed[0]).isTrue();
  }

  /** A valid event, or one of the ways a line goes wrong, or a blank line. */
  private byte[] line(Gen gen) {
    String event = oneLine.writeValueAsString(EventGen.event(gen));
    String text;
    switch (gen.between(0, 12)) {
      case 0:
        text = gen.pick(BLANKS);
        break;
      case 1:
        text = event.substring(0, gen.between(0, event.length() - 1));
        break;
      case 2:
        text = "{\"sectr\": 1, " + event.substring(1);
        break;
      case 3:
        int comma = event.indexOf(',');
        text = comma < 0 ? event
            : event.substring(0, comma) + "," + event.substring(1, comma) + event.substring(comma);
        break;
      case 4:
        text = event.indexOf(',') < 0 ? event : "{" + event.substring(event.indexOf(',') + 1,
            event.length() - 1) + ", " + event.substring(1, event.indexOf(',')) + "}";
        break;
      case 5:
        text = " \t" + event + "  " + (gen.bool() ? event : "");
        break;
      case 6:
        text = event.replace("\"20", "\"30");
        break;
      case 7:
        text = json.writeEvent(EventGen.event(gen)).strip();
        break;
      case 8:
        text = "\ufeff" + event;
        break;
      case 9:
        text = event.replace(",", gen.pick(ENDS) + ",");
        break;
      default:
        text = event;
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** What each line gives read on its own, as the line's bytes by {@link CompactJson}. */
  private List<EventLine> expected(byte[] bytes) {
    List<EventLine> lines = new ArrayList<>();
    long number = 0;
    for (String latin1 : LinesTest.readLines(bytes)) {
      number++;
      byte[] line = latin1.getBytes(StandardCharsets.ISO_8859_1);
      if (new String(line, StandardCharsets.UTF_8).isBlank()) {
        continue;
      }
      try {
        lines.add(EventLine.of(number, json.readEvent(line)));
      } catch (CompactJsonException e) {
        List<JsonProblem> problems = new ArrayList<>();
        for (JsonProblem p : e.getProblems()) {
          problems.add(JsonProblem.of(p.getCode(), p.getPointer(), (int) number, p.getColumn(),
              p.getMessage()));
        }
        lines.add(EventLine.failed(number, problems));
      }
    }
    return lines;
  }

  private List<EventLine> readAll(InputStream in) {
    List<EventLine> lines = new ArrayList<>();
    try (EventLineReader reader = json.readEventLines(in)) {
      for (EventLine line = reader.next(); line != null; line = reader.next()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
