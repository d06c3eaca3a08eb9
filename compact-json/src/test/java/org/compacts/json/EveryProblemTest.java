package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.junit.jupiter.api.Test;

/**
 * One read reports every wrong value it can find, each located, not only the first; the list is
 * capped. A compact document's top-level {@code "$schema"} is accepted and ignored.
 */
class EveryProblemTest {
  private static final String THREE_BAD_DATES = "{\"type\": \"governance-record\","
      + " \"activity\": \"compact-meeting\",\n \"from\": \"2025-02-30\", \"to\": \"2025-13-01\","
      + "\n \"dates\": [\"2025-03-01\", \"2025-04-31\"]}";

  private final CompactJson json = CompactJson.create();

  @Test
  void threeImpossibleDatesAreThreeLocatedProblemsFromEveryEntryPoint() {
    for (EntryPoints.Read<List<Event>> read : EntryPoints.eventReaders()) {
      CompactJsonException e = catchThrowableOfType(CompactJsonException.class,
          () -> read.apply(THREE_BAD_DATES));
      assertThat(e).as(read.name).isNotNull();
      assertThat(e.getProblems()).as(read.name).extracting(JsonProblem::getCode,
          JsonProblem::getPointer, JsonProblem::getLine, JsonProblem::getColumn)
          .containsExactly(tuple("bad-date", "/from", 2, column(THREE_BAD_DATES, "\"from\"")),
              tuple("bad-date", "/to", 2, column(THREE_BAD_DATES, "\"to\"")),
              tuple("bad-date", "/dates/1", 3, column(THREE_BAD_DATES, "\"2025-04-31\"")));
      assertThat(e.getProblems().get(0).getMessage())
          .isEqualTo("'2025-02-30' is not a real day: February 2025 has days 1 to 28.");
    }
    List<EventLine> lines = EntryPoints.lines(THREE_BAD_DATES.replace('\n', ' ') + "\n"
        + THREE_BAD_DATES.replace('\n', ' '));
    assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line.getProblems())
        .extracting(JsonProblem::getPointer).containsExactly("/from", "/to", "/dates/1"));
  }

  @Test
  void everyWrongValueOfACompactIsReportedInDocumentOrder() {
    String document = Documents.SMALL
        .replace("\"title\": \"Example Compact\"", "\"title\": 5")
        .replace("\"datedOn\": \"2025-04-07\"", "\"datedOn\": \"2025-02-29\"")
        .replace("\"bodyType\": \"local-authority\"", "\"bodyType\": \"council\"")
        .replace("\"unit\": \"months\"", "\"unit\": \"fortnights\"")
        .replace("\"modality\": \"should\"", "\"modality\": \"should\", \"sectr\": 1");
    for (EntryPoints.Read<Object> read : EntryPoints.compactReaders()) {
      if (read.name.startsWith("readLenient")) {
        continue;
      }
      CompactJsonException e = catchThrowableOfType(CompactJsonException.class,
          () -> read.apply(document));
      assertThat(e).as(read.name).isNotNull();
      assertThat(e.getProblems()).as(read.name).extracting(JsonProblem::getCode,
          JsonProblem::getPointer).containsExactly(
              tuple("wrong-type", "/title"),
              tuple("bad-date", "/datedOn"),
              tuple("unknown-value", "/parties/0/bodyType"),
              tuple("unknown-value", "/rules/0/period/unit"),
              tuple("unknown-field", "/rules/1/sectr"));
      for (JsonProblem p : e.getProblems()) {
        String needle = "\"" + p.getPointer().substring(p.getPointer().lastIndexOf('/') + 1)
            + "\"";
        assertThat(p.getLine()).as(p.toString()).isEqualTo(lineOf(document, needle));
      }
    }
  }

  @Test
  void wrongValuesAreFoundWhereverTheTypeOrKindStands() {
    String event = "{\"startedOn\": \"2025-02-30\", \"stage\": \"two\", \"completedOn\": 5,"
        + " \"type\": \"dispute-step\"}";
    assertThat(catchThrowableOfType(CompactJsonException.class, () -> json.readEvent(event))
        .getProblems()).extracting(JsonProblem::getPointer, JsonProblem::getColumn)
        .containsExactly(tuple("/startedOn", 2), tuple("/stage", column(event, "\"stage\"")),
            tuple("/completedOn", column(event, "\"completedOn\"")));
    String compact = Documents.SMALL.replace("\"kind\": \"minimum-notice\",\n", "")
        .replace("\"unit\": \"months\"", "\"unit\": \"moons\"")
        .replace("\"changes\": [", "\"kind\": \"minimum-notice\", \"changes\": [5, \"cut\", ");
    assertThat(catchThrowableOfType(CompactJsonException.class, () -> json.read(compact))
        .getProblems()).extracting(JsonProblem::getPointer).containsExactly(
            "/rules/0/period/unit", "/rules/0/changes/0", "/rules/0/changes/1");
  }

  @Test
  void theListStopsAtOneHundredAndSaysHowManyMore() {
    String dates = IntStream.range(0, 150).mapToObj(i -> "\"2025-02-3" + (i % 2) + "\"")
        .collect(Collectors.joining(", "));
    String event = "{\"type\": \"governance-record\", \"activity\": \"compact-meeting\","
        + " \"from\": \"2025-01-01\", \"to\": \"2025-12-31\", \"dates\": [" + dates + "]}";
    List<JsonProblem> problems = catchThrowableOfType(CompactJsonException.class,
        () -> json.readEvent(event)).getProblems();
    assertThat(problems).hasSize(101);
    assertThat(problems.subList(0, 100)).extracting(JsonProblem::getPointer)
        .containsExactlyElementsOf(IntStream.range(0, 100).mapToObj(i -> "/dates/" + i)
            .collect(Collectors.toList()));
    JsonProblem more = problems.get(100);
    assertThat(more.getCode()).isEqualTo("more-problems");
    assertThat(more.getMessage()).isEqualTo("And 50 more problems after these 100, not listed.");

    String fields = IntStream.range(0, 130).mapToObj(i -> "\"x" + i + "\": 1")
        .collect(Collectors.joining(", "));
    List<JsonProblem> unknown = catchThrowableOfType(CompactJsonException.class,
        () -> json.read(Documents.minimalWith(fields))).getProblems();
    assertThat(unknown).hasSize(101);
    assertThat(unknown.get(100).getMessage()).startsWith("And 30 more problems");
  }

  @Test
  void aTopLevelSchemaIsAcceptedAndIgnored() {
    Compact expected = json.read(Documents.SMALL);
    String first = Documents.SMALL.replaceFirst("\\{", "{\n  \"\\$schema\":"
        + " \"urn:compacts:schema:compact:1\",");
    String later = Documents.SMALL.replace("\"title\":", "\"$schema\": \"compact.schema.json\","
        + " \"title\":");
    for (EntryPoints.Read<Object> read : EntryPoints.compactReaders()) {
      assertThat(read.apply(first)).as(read.name).isEqualTo(expected);
      assertThat(read.apply(later)).as(read.name).isEqualTo(expected);
    }
    assertThat(json.readLenient(first).getWarnings()).isEmpty();
    assertThat(json.write(json.read(first))).isEqualTo(Documents.SMALL);

    String nested = Documents.SMALL.replace("\"name\": \"Exampleshire Council\"",
        "\"name\": \"Exampleshire Council\", \"$schema\": \"x\"");
    assertThat(catchThrowableOfType(CompactJsonException.class, () -> json.read(nested))
        .getProblems()).extracting(JsonProblem::getCode, JsonProblem::getPointer)
        .containsExactly(tuple("unknown-field", "/parties/0/$schema"));
    String twice = first.replace("\"title\":", "\"$schema\": \"again\", \"title\":");
    assertThat(catchThrowableOfType(CompactJsonException.class, () -> json.read(twice))
        .getProblems()).extracting(JsonProblem::getCode).containsExactly("duplicate-key");
  }

  /** The line of the first occurrence of a needle, from 1. */
  private static int lineOf(String text, String needle) {
    return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count()
        + 1;
  }

  /** The column of the first occurrence of a needle, from 1. */
  private static int column(String text, String needle) {
    int at = text.indexOf(needle);
    return at - text.lastIndexOf('\n', at - 1);
  }
}
