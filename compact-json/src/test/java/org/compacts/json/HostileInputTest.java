package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile input is refused cleanly, quickly and with a located message. The two-second bound
 * only catches pathological blow-ups; timing itself is the benchmark's job.
 */
class HostileInputTest {
  private final CompactJson json = CompactJson.create();

  /**
   * Builds the readers, which CompactJson does on first use, before any read is timed: the
   * bound is on refusing the input, not on the one-time set-up.
   */
  @BeforeAll
  static void buildTheReaders() {
    CompactJson json = CompactJson.create();
    String event = "{\"type\": \"dispute-step\", \"stage\": 1, \"startedOn\": \"2025-03-01\"}";
    json.read(Documents.MINIMAL);
    json.read(Documents.SMALL);
    json.readEvent(event);
    json.readEvents("[" + event + "]");
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    CompactJsonException e = exception(() -> json.read(Documents.minimalWith("\"extra\": "
        + deep)));
    assertThat(e.getProblems()).extracting(JsonProblem::getCode)
        .containsExactly("unknown-field", "too-deep");
    JsonProblem p = e.getProblems().get(1);
    assertThat(p.getPointer()).startsWith("/extra/0/0/0");
    assertThat(p.getMessage()).contains("deeper than 64 levels");
    assertThat(p.getLine()).isEqualTo(1);
  }

  @Test
  void hugeStringIsRefused() {
    String title = "x".repeat(200 * 1024);
    JsonProblem p = refused(() -> json.read(
        Documents.MINIMAL.replace("\"title\": \"X\"", "\"title\": \"" + title + "\"")));
    assertThat(p.getCode()).isEqualTo("too-long");
    assertThat(p.getPointer()).isEqualTo("/title");
    assertThat(p.getMessage()).isEqualTo("This string is longer than 102400 characters.");
  }

  @Test
  void hugeNumberIsRefused() {
    String digits = "1" + "0".repeat(5_000);
    JsonProblem p = refused(() -> json.read(
        Documents.minimalWith("\"period\": {\"from\": " + digits + ", \"to\": 2020}")));
    assertThat(p.getCode()).isEqualTo("too-long");
    assertThat(p.getPointer()).isEqualTo("/period/from");
    assertThat(p.getMessage()).isEqualTo("This number is longer than 64 characters.");
  }

  @Test
  void documentOverTenMegabytesIsRefusedBeforeParsing() {
    byte[] big = new byte[11 * 1024 * 1024];
    Arrays.fill(big, (byte) ' ');
    JsonProblem p = refused(() -> json.read(big));
    assertThat(p.getCode()).isEqualTo("too-large");
    assertThat(p.getPointer()).isEmpty();
    assertThat(p.getMessage()).contains("larger than 10 MB");
  }

  @Test
  void endlessStreamIsRefusedAfterTenMegabytes() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return ' ';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, (byte) ' ');
        return len;
      }
    };
    JsonProblem p = refused(() -> json.read(endless));
    assertThat(p.getCode()).isEqualTo("too-large");
  }

  @Test
  void duplicateKeyIsRefused() {
    String doc = "{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"x\",\n  \"id\": \"y\"\n}";
    JsonProblem p = refused(() -> json.read(doc));
    assertThat(p.getCode()).isEqualTo("duplicate-key");
    assertThat(p.getPointer()).isEqualTo("/id");
    assertThat(p.getMessage()).contains("'id' appears twice");
    assertThat(p.getLine()).isEqualTo(4);
  }

  @Test
  void trailingContentIsRefused() {
    JsonProblem p = refused(() -> json.read(Documents.MINIMAL + "\n{}"));
    assertThat(p.getCode()).isEqualTo("trailing-content");
    assertThat(p.getMessage()).contains("more content after the end of the document");
    assertThat(p.getLine()).isEqualTo(2);
    assertThat(p.getColumn()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(delimiter = '|', textBlock = """
      "title": 5                          | /title        | Expected a string, but found a whole number (5).
      "title": true                       | /title        | Expected a string, but found a boolean (true).
      "title": ["X"]                      | /title        | Expected a string, but found an array.
      "period": {"from": "2014", "to": 2018} | /period/from | Expected a whole number, but found a string.
      "period": {"from": 2014.7, "to": 2018} | /period/from | Expected a whole number, but found a decimal number (2014.7).
      "period": {"from": 2014.0, "to": 2018} | /period/from | Expected a whole number, but found a decimal number (2014.0).
      "period": [2014, 2018]              | /period       | Expected an object, but found an array.
      "vision": {"clause": "1", "text": "t"} | /vision      | Expected an array, but found an object.
      "datedOn": "2025-04-07T10:00:00"    | /datedOn      | '2025-04-07T10:00:00' is not a date; a date is written yyyy-MM-dd, such as "2025-03-31".
      "datedOn": [2025, 4, 7]             | /datedOn      | Expected a date such as "2025-03-31", but found an array.
      "datedOn": 20250407                 | /datedOn      | Expected a date such as "2025-03-31", but found a whole number.
      "refreshedIn": "2019-9"             | /refreshedIn  | '2019-9' is not a month; a month is written yyyy-MM, such as "2019-09".
      """)
  void wrongJsonTypesAreRefusedNotCoerced(String field, String pointer, String message) {
    JsonProblem p = refused(() -> json.read(Documents.minimalWith(field)));
    assertThat(p.getCode()).isIn("wrong-type", "bad-date");
    assertThat(p.getPointer()).isEqualTo(pointer);
    assertThat(p.getMessage()).isEqualTo(message);
  }

  @Test
  void unknownEnumValueIsRefused() {
    JsonProblem p = refused(() -> json.read(Documents.MINIMAL.replace("draft", "final")));
    assertThat(p.getCode()).isEqualTo("unknown-value");
    assertThat(p.getPointer()).isEqualTo("/status");
    assertThat(p.getMessage())
        .isEqualTo("'final' is not a known value here; expected one of 'draft', 'adopted'.");
  }

  @Test
  void unknownEventTypeIsRefused() {
    JsonProblem p = refused(() -> json.readEvent("{\"type\": \"funding-cut\", \"stage\": 1}"));
    assertThat(p.getCode()).isEqualTo("unknown-type");
    assertThat(p.getPointer()).isEqualTo("/type");
    assertThat(p.getMessage()).startsWith("'funding-cut' is not a known event type; expected one"
        + " of 'funding-change', 'consultation', 'funding-award', 'dispute-step',"
        + " 'governance-record', 'payment'.");
  }

  @Test
  void unknownRuleKindIsRefused() {
    JsonProblem p = refused(() -> json.read(Documents.SMALL.replace("\"stage-time-limit\"",
        "\"stage-limit\"")));
    assertThat(p.getCode()).isEqualTo("unknown-kind");
    assertThat(p.getPointer()).isEqualTo("/rules/1/kind");
    assertThat(p.getMessage()).startsWith("'stage-limit' is not a known rule kind");
    assertThat(p.getLine()).isEqualTo(line(Documents.SMALL, "\"stage-time-limit\""));
  }

  @Test
  void impossibleDateIsRefused() {
    JsonProblem p = refused(() -> json.read(Documents.SMALL.replace("2025-04-07",
        "2025-02-30")));
    assertThat(p.getCode()).isEqualTo("bad-date");
    assertThat(p.getPointer()).isEqualTo("/datedOn");
    assertThat(p.getMessage())
        .isEqualTo("'2025-02-30' is not a real day: February 2025 has days 1 to 28.");
    assertThat(p.getLine()).isEqualTo(line(Documents.SMALL, "datedOn"));
    assertThat(p.getColumn()).isEqualTo(3);
  }

  @Test
  void malformedUtf8IsRefused() {
    byte[] doc = Documents.MINIMAL.getBytes(StandardCharsets.UTF_8);
    int at = Documents.MINIMAL.indexOf("\"X\"") + 1;
    doc[at] = (byte) 0xC3;
    byte[] bad = new byte[doc.length + 1];
    System.arraycopy(doc, 0, bad, 0, at + 1);
    bad[at + 1] = (byte) 0x28;
    System.arraycopy(doc, at + 1, bad, at + 2, doc.length - at - 1);
    JsonProblem p = refused(() -> json.read(bad));
    assertThat(p.getCode()).isEqualTo("not-utf-8");
    assertThat(p.getPointer()).isEqualTo("/title");
    assertThat(p.getMessage()).startsWith("The document is not valid UTF-8");
  }

  @Test
  void utf16IsRefused() {
    byte[] utf16 = Documents.MINIMAL.getBytes(StandardCharsets.UTF_16);
    JsonProblem p = refused(() -> json.read(new ByteArrayInputStream(utf16)));
    assertThat(p.getCode()).isEqualTo("not-utf-8");
    assertThat(p.getMessage()).contains("looks like UTF-16 or UTF-32");
  }

  @Test
  void nullForARequiredFieldIsRefused() {
    JsonProblem p = refused(() -> json.read(Documents.MINIMAL.replace("\"X\"", "null")));
    assertThat(p.getCode()).isEqualTo("null-value");
    assertThat(p.getPointer()).isEqualTo("/title");
    assertThat(p.getMessage()).isEqualTo("The value null is not allowed here; this field needs"
        + " a value.");
  }

  @Test
  void missingRequiredFieldsAreEachNamed() {
    CompactJsonException e = exception(() -> json.read(Documents.minimalWith(
        "\"parties\": [{\"id\": \"p\", \"name\": \"P\"}]")));
    assertThat(e.getProblems()).extracting(JsonProblem::getPointer)
        .containsExactly("/parties/0/sector", "/parties/0/bodyType");
    assertThat(e.getProblems()).extracting(JsonProblem::getCode)
        .containsOnly("missing-field");
    assertThat(e.getProblems().get(0).getMessage())
        .isEqualTo("The required field 'sector' is missing.");
  }

  @Test
  void missingFormatVersionIsRefused() {
    JsonProblem p = refused(() -> json.read("{\"id\": \"x\"}"));
    assertThat(p.getCode()).isEqualTo("missing-format-version");
    assertThat(p.getPointer()).isEqualTo("/formatVersion");
    assertThat(p.getMessage()).contains("no formatVersion");
  }

  @Test
  void newerMajorFormatVersionIsRefusedSayingSo() {
    JsonProblem p = refused(() -> json.read(Documents.MINIMAL.replace("1.0", "2.1")));
    assertThat(p.getCode()).isEqualTo("newer-format-version");
    assertThat(p.getPointer()).isEqualTo("/formatVersion");
    assertThat(p.getMessage()).isEqualTo("This document's formatVersion is 2.1, a newer major"
        + " version than this library reads (1.x); read it with a newer version of the"
        + " compacts library.");
  }

  @Test
  void malformedFormatVersionIsRefused() {
    JsonProblem p = refused(() -> json.read(Documents.MINIMAL.replace("\"1.0\"", "\"one\"")));
    assertThat(p.getCode()).isEqualTo("bad-format-version");
    assertThat(p.getPointer()).isEqualTo("/formatVersion");
  }

  @Test
  void unknownFieldIsRefusedByDefault() {
    CompactJsonException e = exception(() -> json.read(Documents.minimalWith(
        "\"sumary\": \"s\", \"parties\": [{\"id\": \"p\", \"name\": \"P\", \"sectr\": \"public\","
            + " \"sector\": \"public\", \"bodyType\": \"other\"}]")));
    assertThat(e.getProblems()).extracting(JsonProblem::getCode)
        .containsExactly("unknown-field", "unknown-field");
    assertThat(e.getProblems()).extracting(JsonProblem::getPointer)
        .containsExactly("/sumary", "/parties/0/sectr");
    assertThat(e.getProblems().get(1).getMessage()).isEqualTo("'sectr' is not a field here;"
        + " the fields are 'id', 'name', 'sector', 'bodyType'.");
  }

  @Test
  void syntaxErrorIsLocated() {
    JsonProblem p = refused(() -> json.read("{\n  \"formatVersion\": \"1.0\",\n  \"id\": 'x'\n}"));
    assertThat(p.getCode()).isEqualTo("syntax");
    assertThat(p.getPointer()).isEqualTo("/id");
    assertThat(p.getLine()).isEqualTo(3);
    assertThat(p.getColumn()).isEqualTo(9);
    assertThat(p.getMessage()).startsWith("The document is not well-formed JSON: unexpected"
        + " character ('''");
  }

  @Test
  void emptyOrTruncatedDocumentIsRefused() {
    assertThat(refused(() -> json.read("  ")).getCode()).isEqualTo("empty");
    assertThat(refused(() -> json.read("{\"formatVersion\": \"1.0\", \"id\": \"x\""))
        .getCode()).isEqualTo("syntax");
    assertThat(refused(() -> json.read("[]")).getMessage())
        .isEqualTo("A compact document must be a JSON object, found an array.");
  }

  @Test
  void valueGivenTwiceInASetIsRefused() {
    JsonProblem p = refused(() -> json.read(Documents.SMALL.replace("\"cessation\"",
        "\"cessation\", \"cessation\"")));
    assertThat(p.getCode()).isEqualTo("duplicate-value");
    assertThat(p.getPointer()).isEqualTo("/rules/0/changes/1");
  }

  private JsonProblem refused(ThrowingRead read) {
    return exception(read).getProblems().get(0);
  }

  private static CompactJsonException exception(ThrowingRead read) {
    return assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      try {
        read.run();
      } catch (CompactJsonException e) {
        return e;
      }
      return fail("The input was accepted.");
    });
  }

  private static int line(String text, String needle) {
    String before = text.substring(0, text.indexOf(needle));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }

  @FunctionalInterface
  interface ThrowingRead {
    void run() throws Exception;
  }
}
