package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A key used twice in one object is refused wherever the reader meets it: among a builder's
 * properties, across the buffer a late {@code kind}, {@code type} or {@code formatVersion}
 * leaves, as that field itself, among unknown fields and inside their values.
 */
class DuplicateKeyTest {
  private static final String RULE = "\"kind\": \"stage-time-limit\",\n"
      + "      \"id\": \"written-response\",";

  private final CompactJson json = CompactJson.create();

  private static JsonProblem refused(Executable read) {
    CompactJsonException e = catchThrowableOfType(CompactJsonException.class, read::execute);
    assertThat(e).as("refused").isNotNull();
    return e.getProblems().stream().filter(p -> p.getCode().equals("duplicate-key"))
        .findFirst().orElseThrow(() -> new AssertionError("no duplicate-key in " + e));
  }

  private void refusedBoth(String document, String pointer) {
    assertThat(document).as("the document was changed").isNotEqualTo(Documents.SMALL);
    assertThat(refused(() -> json.read(document)).getPointer()).isEqualTo(pointer);
    assertThat(refused(() -> json.readLenient(document)).getPointer()).isEqualTo(pointer);
  }

  @Test
  void aRuleKeyRepeatedAcrossTheBufferOfALateKindIsRefused() {
    refusedBoth(Documents.SMALL.replace(RULE, "\"id\": \"written-response\",\n"
        + "\"kind\": \"stage-time-limit\",\n\"id\": \"other-response\","), "/rules/1/id");
  }

  @Test
  void aRuleKeyRepeatedBeforeALateKindIsRefused() {
    refusedBoth(Documents.SMALL.replace(RULE, "\"id\": \"written-response\",\n"
        + "\"id\": \"other-response\",\n\"kind\": \"stage-time-limit\","), "/rules/1/id");
  }

  @Test
  void aRepeatedKindIsRefused() {
    refusedBoth(Documents.SMALL.replace(RULE, RULE + "\n\"kind\": \"stage-time-limit\","),
        "/rules/1/kind");
  }

  @Test
  void aRepeatedFormatVersionIsRefused() {
    refusedBoth(Documents.SMALL.replace("\"area\": \"Exampleshire\",",
        "\"area\": \"Exampleshire\",\n\"formatVersion\": \"1.0\","), "/formatVersion");
  }

  @Test
  void aRepeatedListIsRefused() {
    refusedBoth(Documents.minimalWith("\"vision\": [], \"vision\": []"), "/vision");
  }

  @Test
  void aRepeatedUnknownKeyIsRefusedEvenByALenientRead() {
    refusedBoth(Documents.minimalWith("\"region\": 1, \"region\": 2"), "/region");
  }

  @Test
  void aKeyRepeatedInsideAnUnknownFieldIsRefusedEvenByALenientRead() {
    refusedBoth(Documents.minimalWith("\"region\": [{\"a\": 1, \"a\": 2}]"), "/region/0/a");
  }

  @Test
  void anEventKeyRepeatedAcrossTheBufferOfALateTypeIsRefused() {
    String event = "{\"stage\": 1, \"type\": \"dispute-step\", \"startedOn\": \"2025-03-01\","
        + " \"stage\": 2}";
    JsonProblem p = refused(() -> json.readEvent(event));
    assertThat(p.getCode()).isEqualTo("duplicate-key");
    assertThat(p.getPointer()).isEqualTo("/stage");
    assertThat(json.readEvent(event.replace(", \"stage\": 2", ""))).isNotNull();
  }

  @Test
  void aRepeatedEventTypeIsRefused() {
    JsonProblem p = refused(() -> json.readEvent("{\"type\": \"dispute-step\", \"stage\": 1,"
        + " \"startedOn\": \"2025-03-01\", \"type\": \"dispute-step\"}"));
    assertThat(p.getPointer()).isEqualTo("/type");
  }
}
