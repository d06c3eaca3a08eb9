package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Stream;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.compacts.testkit.CompactGen;
import org.compacts.testkit.EventGen;
import org.compacts.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schemas are valid draft 2020-12 schemas, every generated compact and
 * event matches them, and documents they refuse the reader refuses too.
 */
class SchemaTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final CompactJson JSON = CompactJson.create();
  private static final Schema COMPACT = REGISTRY.getSchema(JSON.compactSchema());
  private static final Schema EVENT = REGISTRY.getSchema(JSON.eventSchema());

  @Test
  void schemasAreValidDraft202012Schemas() {
    Schema meta = REGISTRY.getSchema(
        SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(JSON.compactSchema(), InputFormat.JSON)).isEmpty();
    assertThat(meta.validate(JSON.eventSchema(), InputFormat.JSON)).isEmpty();
    assertThat(meta.validate("{\"type\": 12}", InputFormat.JSON)).isNotEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyGeneratedCompactMatchesTheSchema() {
    return Property.forAll("generated compacts match compact.schema.json", gen -> {
      Compact compact = gen.bool() ? CompactGen.fullCompact(gen) : CompactGen.compact(gen);
      assertThat(COMPACT.validate(JSON.write(compact), InputFormat.JSON)).isEmpty();
    });
  }

  @TestFactory
  Stream<DynamicTest> everyGeneratedEventMatchesTheSchema() {
    return Property.forAll("generated events match event.schema.json", gen -> {
      Event event = EventGen.event(gen);
      List<Event> events = gen.list(0, 3, () -> EventGen.event(gen));
      assertThat(EVENT.validate(JSON.writeEvent(event), InputFormat.JSON)).isEmpty();
      assertThat(EVENT.validate(JSON.writeEvents(events), InputFormat.JSON)).isEmpty();
    });
  }

  @Test
  void theHandWrittenDocumentsMatchTheSchemas() {
    assertThat(COMPACT.validate(Documents.SMALL, InputFormat.JSON)).isEmpty();
    assertThat(COMPACT.validate(Documents.minimalWith("\"datedOn\": null, \"vision\": null"),
        InputFormat.JSON)).isEmpty();
    assertThat(EVENT.validate("{\"type\": \"funding-change\", \"change\": \"cessation\","
        + " \"arrangement\": \"grant\", \"decidedBy\": \"public\", \"affects\":"
        + " [\"voluntary-community\"], \"noticeGivenOn\": \"2024-12-31\", \"takesEffectOn\":"
        + " \"2025-03-31\", \"agreedEndDate\": null}", InputFormat.JSON)).isEmpty();
  }

  static Stream<String> compactsTheSchemaRejects() {
    return Stream.of(
        Documents.SMALL.replace("  \"formatVersion\": \"1.0\",\n", ""),
        Documents.SMALL.replace("\"1.0\"", "\"2.0\""),
        Documents.minimalWith("\"summary\": \"s\""),
        Documents.SMALL.replace("\"adopted\"", "\"final\""),
        Documents.SMALL.replace("\"example-compact\"", "\"Example Compact\""),
        Documents.SMALL.replace("\"title\": \"Example Compact\"", "\"title\": \"  \""),
        Documents.SMALL.replace("\"2025-04-07\"", "\"2025-4-7\""),
        Documents.SMALL.replace("\"stage\": 1", "\"stage\": 0"),
        Documents.SMALL.replace("\"cessation\"", "\"cessation\", \"cessation\""),
        Documents.SMALL.replace("\"changes\": [\n        \"cessation\"\n      ]",
            "\"changes\": []"),
        Documents.SMALL.replace("\"stage-time-limit\"", "\"stage-limit\""),
        Documents.SMALL.replace("\"from\": 2025", "\"from\": 1800"),
        Documents.SMALL.replace("\"from\": 2025", "\"from\": \"2025\""),
        Documents.SMALL.replace("\"id\": \"funding\",\n", ""));
  }

  @ParameterizedTest
  @MethodSource("compactsTheSchemaRejects")
  void compactsTheSchemaRejectsTheReaderRejects(String document) {
    assertThat(document).isNotEqualTo(Documents.SMALL);
    List<Error> errors = COMPACT.validate(document, InputFormat.JSON);
    assertThat(errors).isNotEmpty();
    assertThat(catchThrowableOfType(CompactJsonException.class, () -> JSON.read(document)))
        .isNotNull();
  }

  private static final String AWARD = "{\"type\": \"funding-award\", \"arrangement\": \"grant\","
      + " \"awardedBy\": \"public\", \"recipientSector\": \"voluntary-community\","
      + " \"startsOn\": \"2025-04-01\"}";
  private static final String PAYMENT = "{\"type\": \"payment\", \"arrangement\": \"grant\","
      + " \"paidBy\": \"public\", \"paidTo\": \"voluntary-community\"}";

  static Stream<String> eventsTheSchemaRejects() {
    String step = "{\"type\": \"dispute-step\", \"stage\": 2, \"startedOn\": \"2025-03-01\"}";
    return Stream.of(
        step.replace("dispute-step", "dispute"),
        step.replace("\"type\": \"dispute-step\", ", ""),
        step.replace("2,", "0,"),
        step.replace("2,", "\"2\","),
        step.replace("}", ", \"endedOn\": \"2025-03-02\"}"),
        step.replace("\"2025-03-01\"", "\"01/03/2025\""),
        "[" + step + ", 5]",
        step.replace("}", ", \"id\": \"" + "x".repeat(201) + "\"}"),
        step.replace("}", ", \"id\": \" \"}"),
        step.replace("}", ", \"tags\": [\"Major change\"]}"),
        step.replace("}", ", \"tags\": [\"major\", \"major\"]}"),
        AWARD.replace("}", ", \"amountAwarded\": \"2500.00\"}"),
        AWARD.replace("}", ", \"amountAwarded\": -1}"),
        AWARD.replace("}", ", \"currency\": \"gbp\"}"),
        PAYMENT.replace("\"paidBy\": \"public\", ", ""),
        PAYMENT.replace("\"grant\"", "\"loan\""));
  }

  @ParameterizedTest
  @MethodSource("eventsTheSchemaRejects")
  void eventsTheSchemaRejectsTheReaderRejects(String document) {
    assertThat(EVENT.validate(document, InputFormat.JSON)).isNotEmpty();
    assertThat(catchThrowableOfType(CompactJsonException.class, () -> JSON.readEvents(document)))
        .isNotNull();
  }
}
