package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Collectors;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Documents that are odd rather than wrong inside: not an object at all, a byte order mark,
 * text that is not ASCII. Every entry point treats them alike.
 */
class OddDocumentTest {
  private static final String EVENT = "{\"type\": \"dispute-step\", \"stage\": 2,"
      + " \"startedOn\": \"2025-03-01\"}";

  private final CompactJson json = CompactJson.create();

  // ---- A document that is null or not an object ----

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      null          | 1 | null
      []            | 1 | an array
      42            | 1 | a whole number
      1.5           | 1 | a decimal number
      "text"        | 1 | a string
      true          | 1 | a boolean
      `  \tnull`    | 4 | null
      """)
  void aCompactDocumentThatIsNotAnObjectIsRefusedByEveryEntryPoint(String document,
      int column, String found) {
    for (EntryPoints.Read<Object> read : EntryPoints.compactReaders()) {
      CompactJsonException e = catchThrowableOfType(CompactJsonException.class,
          () -> read.apply(document));
      assertThat(e).as(read.name).isNotNull();
      assertThat(e.getProblems()).as(read.name).containsExactly(JsonProblem.of("wrong-type", "",
          1, column, "A compact document must be a JSON object, found " + found + "."));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      null          | 1 | null
      42            | 1 | a whole number
      "text"        | 1 | a string
      false         | 1 | a boolean
      `\n null`     | 2 | null
      """)
  void anEventDocumentThatIsNotAnObjectIsRefusedByEveryEntryPoint(String document, int line,
      String found) {
    int column = line == 1 ? 1 : 2;
    for (EntryPoints.Read<List<Event>> read : EntryPoints.eventReaders()) {
      CompactJsonException e = catchThrowableOfType(CompactJsonException.class,
          () -> read.apply(document));
      assertThat(e).as(read.name).isNotNull();
      String what = read.name.startsWith("readEvents")
          ? "An event document must be an event (a JSON object) or an array of events, found "
          : "An event must be a JSON object, found ";
      assertThat(e.getProblems()).as(read.name).containsExactly(JsonProblem.of("wrong-type", "",
          line, column, what + found + "."));
    }
  }

  @Test
  void anNdjsonLineThatIsNotAnObjectIsReportedAndTheStreamGoesOn() {
    List<EventLine> lines = EntryPoints.lines("null\n42\n[]\n\"text\"\ntrue\n" + EVENT + "\n");
    assertThat(lines).extracting(EventLine::getNumber).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    String[] found = {"null", "a whole number", "an array", "a string", "a boolean"};
    for (int i = 0; i < found.length; i++) {
      assertThat(lines.get(i).getProblems()).containsExactly(JsonProblem.of("wrong-type", "",
          i + 1, 1, "An event must be a JSON object, found " + found[i] + "."));
    }
    assertThat(lines.get(5).getEvent()).isEqualTo(json.readEvent(EVENT));
  }

  // ---- A byte order mark ----

  @Test
  void aLeadingByteOrderMarkIsSkippedByEveryCompactEntryPoint() {
    Compact expected = json.read(Documents.SMALL);
    for (EntryPoints.Read<Object> read : EntryPoints.compactReaders()) {
      assertThat(read.apply("\uFEFF" + Documents.SMALL)).as(read.name).isEqualTo(expected);
    }
  }

  @Test
  void aLeadingByteOrderMarkIsSkippedByEveryEventEntryPoint() {
    Event expected = json.readEvent(EVENT);
    for (EntryPoints.Read<List<Event>> read : EntryPoints.eventReaders()) {
      assertThat(read.apply("\uFEFF" + EVENT)).as(read.name).containsExactly(expected);
    }
    for (EntryPoints.Read<List<Event>> read : EntryPoints.eventArrayReaders()) {
      assertThat(read.apply("\uFEFF [" + EVENT + "]")).as(read.name).containsExactly(expected);
    }
  }

  @Test
  void aByteOrderMarkIsNotCountedInColumns() {
    String bad = "{\"type\": \"dispute-step\", \"stage\": \"two\", \"startedOn\": \"2025-03-01\"}";
    for (EntryPoints.Read<List<Event>> read : EntryPoints.eventReaders()) {
      CompactJsonException e = catchThrowableOfType(CompactJsonException.class,
          () -> read.apply("\uFEFF" + bad));
      assertThat(e).as(read.name).isNotNull();
      assertThat(e.getProblems()).as(read.name).extracting(JsonProblem::getLine,
          JsonProblem::getColumn).containsExactly(org.assertj.core.groups.Tuple.tuple(1,
              bad.indexOf("\"stage\"") + 1));
    }
  }

  /** Each line of NDJSON is a document of its own, and may start with a byte order mark. */
  @Test
  void inNdjsonAByteOrderMarkIsSkippedAtTheStartOfEachLine() {
    Event expected = json.readEvent(EVENT);
    List<EventLine> lines = EntryPoints.lines("\uFEFF" + EVENT + "\n" + EVENT + "\r\n\uFEFF"
        + EVENT + "\n\uFEFF{\"type\": 5}");
    assertThat(lines).extracting(EventLine::hasEvent).containsExactly(true, true, true, false);
    assertThat(lines.subList(0, 3)).extracting(EventLine::getEvent).containsOnly(expected);
    assertThat(lines.get(3).getProblems()).extracting(JsonProblem::getLine,
        JsonProblem::getColumn).containsExactly(org.assertj.core.groups.Tuple.tuple(4, 2));
  }

  // ---- Lines and columns ----

  /**
   * The same problems at the same line and column, counted in characters from 1, from every
   * entry point, whatever text stands before them on their line: a wrong value where its
   * field's name starts, a token the parser refuses where it stands.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      bad-date      | `"completedOn": "2025-02-30"`           | `"completedOn"`
      wrong-type    | `"completedOn": 5`                      | `"completedOn"`
      syntax        | `"completedOn" 5`                       | `5`
      too-long      | `"completedOn": 1000000000000000000000000000000000000000000000000000000000000000000000` | `"completedOn"`
      bad-escape    | `"completedOn": "\\q"`                  | `q"`
      """)
  void problemsAreAtTheSameLineAndColumnFromEveryEntryPoint(String kind, String field,
      String at) {
    String before = "{\"type\": \"dispute-step\", \"startedOn\": \"2025-03-01\",\n"
        + " \"stage\": 2, \"note\u00e9\u4e2d\ud83d\ude00\": \"caf\u00e9 \ud83d\ude00\", ";
    String document = before + field + "}";
    int lineStart = document.lastIndexOf('\n') + 1;
    int column = document.codePointCount(lineStart, document.indexOf(at, before.length())) + 1;
    String expected = "2:" + column;
    for (EntryPoints.Read<List<Event>> read : EntryPoints.eventReaders()) {
      CompactJsonException e = catchThrowableOfType(CompactJsonException.class,
          () -> read.apply(document));
      assertThat(e).as(read.name).isNotNull();
      assertThat(locations(e.getProblems())).as(read.name + " " + e.getProblems())
          .containsExactly("2:" + (document.codePointCount(lineStart,
              document.indexOf("\"note")) + 1), expected);
    }
    List<EventLine> lines = EntryPoints.lines(EVENT + "\n" + document.replace('\n', ' '));
    int flatColumn = document.replace('\n', ' ').codePointCount(0,
        document.indexOf(at, before.length())) + 1;
    assertThat(locations(lines.get(1).getProblems())).endsWith("2:" + flatColumn);
  }

  private static List<String> locations(List<JsonProblem> problems) {
    return problems.stream().map(p -> p.getLine() + ":" + p.getColumn())
        .collect(Collectors.toList());
  }
}
