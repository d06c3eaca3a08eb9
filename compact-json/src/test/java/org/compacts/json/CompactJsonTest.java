package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.Modality;
import org.compacts.model.Sector;
import org.compacts.model.YearRange;
import org.compacts.rules.Consultation;
import org.compacts.rules.DisputeStep;
import org.compacts.rules.Event;
import org.compacts.rules.Finding;
import org.compacts.rules.FundingChange;
import org.compacts.rules.GovernanceRecord;
import org.compacts.rules.Outcome;
import org.compacts.rules.RuleCatalog;
import org.compacts.testkit.CompactGen;
import org.compacts.testkit.Gen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** The document format and the facade's reading, writing and reporting. */
class CompactJsonTest {
  private final CompactJson json = CompactJson.create();

  @Test
  void writesTheCanonicalDocument() {
    assertThat(json.write(Documents.small())).isEqualTo(Documents.SMALL);
  }

  @Test
  void readsTheCanonicalDocumentAndWritesItBackByteForByte() {
    Compact compact = json.read(Documents.SMALL);
    assertThat(compact).isEqualTo(Documents.small());
    assertThat(json.writeBytes(compact))
        .isEqualTo(Documents.SMALL.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsAndWritesEveryKindOfSourceAndTarget(@TempDir Path dir) throws IOException {
    byte[] bytes = Documents.SMALL.getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("compact.json");
    Files.write(file, bytes);
    Compact expected = Documents.small();
    assertThat(json.read(bytes)).isEqualTo(expected);
    assertThat(json.read(new StringReader(Documents.SMALL))).isEqualTo(expected);
    assertThat(json.read(new ByteArrayInputStream(bytes))).isEqualTo(expected);
    assertThat(json.read(file)).isEqualTo(expected);

    StringWriter writer = new StringWriter();
    json.write(expected, writer);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(expected, out);
    Path written = dir.resolve("written.json");
    json.write(expected, written);
    assertThat(writer.toString()).isEqualTo(Documents.SMALL);
    assertThat(out.toByteArray()).isEqualTo(bytes);
    assertThat(Files.readAllBytes(written)).isEqualTo(bytes);
  }

  @Test
  void readsAFormatVersionThatIsNotTheFirstField() {
    String moved = Documents.SMALL.replace("  \"formatVersion\": \"1.0\",\n", "")
        .replace("\"area\": \"Exampleshire\",", "\"area\": \"Exampleshire\",\n"
            + "\"formatVersion\": \"1.0\",");
    assertThat(json.read(moved)).isEqualTo(Documents.small());
  }

  @Test
  void takesAbsentAndNullFieldsAsNotGiven() {
    Compact minimal = json.read(Documents.MINIMAL);
    assertThat(json.read(Documents.minimalWith("\"datedOn\": null, \"vision\": null,"
        + " \"foreword\": null"))).isEqualTo(minimal);
    assertThat(minimal.getDatedOn()).isEmpty();
    assertThat(minimal.getVision()).isEmpty();
    assertThat(json.write(minimal)).isEqualTo("{\n  \"formatVersion\": \"1.0\",\n"
        + "  \"id\": \"x\",\n  \"title\": \"X\",\n  \"kind\": \"compact\",\n  \"area\": \"A\",\n"
        + "  \"status\": \"draft\"\n}\n");
  }

  @Test
  void writesMonthsAndYearRangesAsTheContractSays() {
    Compact compact = json.read(Documents.minimalWith("\"refreshedIn\": \"2019-09\""))
        .withPeriod(YearRange.of(2014, 2018));
    assertThat(compact.getRefreshedIn()).hasValueSatisfying(m -> assertThat(m).hasToString(
        "2019-09"));
    assertThat(json.write(compact)).contains("\"period\": {\n    \"from\": 2014,\n"
        + "    \"to\": 2018\n  },\n  \"refreshedIn\": \"2019-09\"\n");
  }

  @Test
  void lenientReadReturnsUnknownFieldsOfANewerMinorVersionAsWarnings() {
    String newer = Documents.SMALL.replace("\"1.0\"", "\"1.3\"")
        .replace("\"area\": \"Exampleshire\",", "\"area\": \"Exampleshire\",\n"
            + "  \"region\": {\"name\": \"West Midlands\"},")
        .replace("\"name\": \"Exampleshire Council\",", "\"name\": \"Exampleshire Council\","
            + " \"charityNumber\": null,");
    ReadResult<Compact> result = json.readLenient(newer);
    assertThat(result.getValue()).isEqualTo(Documents.small());
    assertThat(result.getWarnings()).extracting(JsonProblem::getPointer)
        .containsExactly("/region", "/parties/0/charityNumber");
    assertThat(result.getWarnings().get(0).getLine()).isEqualTo(line(newer, "\"region\""));

    CompactJsonException strict = catchThrowableOfType(CompactJsonException.class,
        () -> json.read(newer));
    assertThat(strict.getProblems()).hasSize(2);
    assertThat(strict.getProblems().get(0).getMessage()).startsWith("'region' is not a field"
        + " here;").endsWith("This document's formatVersion 1.3 is newer than this library's"
        + " 1.0; a lenient read leaves out the fields it does not know.");
  }

  @Test
  void unknownFieldsKeepTheirPointersWhenTheKindOrVersionComesLater() {
    String doc = Documents.SMALL
        .replace("  \"formatVersion\": \"1.0\",\n", "  \"notes\": [{\"a\": 1}],\n")
        .replace("\"area\": \"Exampleshire\",", "\"area\": \"Exampleshire\",\n"
            + "  \"formatVersion\": \"1.1\",")
        .replace("\"kind\": \"stage-time-limit\",\n      \"id\": \"written-response\",",
            "\"foo\": [1, {\"a\": 2}],\n      \"id\": \"written-response\",\n"
                + "      \"kind\": \"stage-time-limit\",\n      \"bar\": 3,");
    ReadResult<Compact> result = json.readLenient(doc);
    assertThat(result.getValue()).isEqualTo(Documents.small());
    assertThat(result.getWarnings()).extracting(JsonProblem::getPointer)
        .containsExactly("/notes", "/rules/1/foo", "/rules/1/bar");
    assertThat(result.getWarnings()).extracting(JsonProblem::getLine)
        .containsExactly(2, line(doc, "\"foo\""), line(doc, "\"bar\""));
    CompactJsonException e = catchThrowableOfType(CompactJsonException.class,
        () -> json.readEvents("[{\"stage\": 2, \"x\": [{}], \"type\": \"dispute-step\","
            + " \"startedOn\": \"2025-03-01\"}]"));
    assertThat(e.getProblems()).extracting(JsonProblem::getPointer).containsExactly("/0/x");
  }

  @Test
  void lenientReadOfACurrentDocumentHasNoWarnings() {
    assertThat(json.readLenient(Documents.SMALL).getWarnings()).isEmpty();
  }

  @Test
  void modelViolationsComeBackAsPointersWithLineAndColumn() {
    String doc = Documents.SMALL
        .replace("\"funding\"\n", "\"fundin\"\n")
        .replace("\"from\": 2025", "\"from\": 1800");
    CompactJsonException e = catchThrowableOfType(CompactJsonException.class,
        () -> json.read(doc));
    assertThat(e.getProblems()).extracting(JsonProblem::getCode)
        .containsExactly("out-of-range", "dangling-reference");
    JsonProblem range = e.getProblems().get(0);
    assertThat(range.getPointer()).isEqualTo("/period/from");
    assertThat(range.getLine()).isEqualTo(line(doc, "\"from\": 1800"));
    assertThat(range.getColumn()).isEqualTo(5);
    JsonProblem dangling = e.getProblems().get(1);
    assertThat(dangling.getPointer()).isEqualTo("/undertakings/0/codesOfPractice/0");
    assertThat(dangling.getLine()).isEqualTo(line(doc, "\"fundin\""));
    assertThat(dangling.getColumn()).isEqualTo(9);
    assertThat(dangling.getMessage()).contains("names code of practice 'fundin'");
    assertThat(dangling).hasToString(dangling.getLine() + ":9:"
        + " /undertakings/0/codesOfPractice/0: " + dangling.getMessage());
    assertThat(e.getMessage()).startsWith("The document has 2 problems: ");
  }

  @Test
  void unknownFieldsAndViolationsAreReportedTogether() {
    String doc = Documents.minimalWith("\"summary\": \"s\"").replace("\"x\"", "\"Not A Slug\"");
    CompactJsonException e = catchThrowableOfType(CompactJsonException.class,
        () -> json.read(doc));
    assertThat(e.getProblems()).extracting(JsonProblem::getPointer)
        .containsExactly("/id", "/summary");
    assertThat(e.getProblems()).extracting(JsonProblem::getCode)
        .containsExactly("bad-slug", "unknown-field");
  }

  @Test
  void readUnvalidatedSkipsTheModelChecksButNotTheJsonOnes() {
    String invalid = Documents.MINIMAL.replace("\"x\"", "\"Not A Slug\"");
    assertThat(json.readUnvalidated(invalid).getId()).isEqualTo("Not A Slug");
    assertThat(json.readUnvalidated(invalid.getBytes(StandardCharsets.UTF_8)).getId())
        .isEqualTo("Not A Slug");
    assertThat(catchThrowableOfType(CompactJsonException.class,
        () -> json.readUnvalidated(Documents.minimalWith("\"summary\": 1"))).getProblems())
        .extracting(JsonProblem::getCode).containsExactly("unknown-field");
  }

  @Test
  void readsTheEventsOfTheDesign() {
    String events = "["
        + "{\"type\": \"funding-change\", \"change\": \"cessation\", \"arrangement\": \"grant\","
        + " \"decidedBy\": \"public\", \"affects\": [\"voluntary-community\"],"
        + " \"noticeGivenOn\": \"2024-12-31\", \"takesEffectOn\": \"2025-03-31\","
        + " \"agreedEndDate\": null},"
        + "{\"type\": \"consultation\", \"by\": \"public\", \"significantEffectOn\":"
        + " [\"voluntary-community\"], \"opensOn\": \"2025-01-06\", \"closesOn\": \"2025-03-31\","
        + " \"legallyConstrained\": false, \"feedbackGivenOn\": null},"
        + "{\"type\": \"funding-award\", \"arrangement\": \"contract\", \"awardedBy\": \"public\","
        + " \"recipientSector\": \"voluntary-community\", \"startsOn\": \"2025-04-01\","
        + " \"endsOn\": \"2026-03-31\", \"fullCostRecovery\": true},"
        + "{\"type\": \"dispute-step\", \"stage\": 2, \"startedOn\": \"2025-03-01\","
        + " \"completedOn\": \"2025-03-22\"},"
        + "{\"type\": \"governance-record\", \"activity\": \"compact-meeting\", \"from\":"
        + " \"2025-01-01\", \"to\": \"2025-12-31\", \"dates\": [\"2025-02-10\", \"2025-05-12\"]}"
        + "]";
    List<Event> read = json.readEvents(events);
    assertThat(read).extracting(Event::type).containsExactly("funding-change", "consultation",
        "funding-award", "dispute-step", "governance-record");
    FundingChange change = (FundingChange) read.get(0);
    assertThat(change.getAgreedEndDate()).isEmpty();
    assertThat(change.getAffects()).containsExactly(Sector.VOLUNTARY_COMMUNITY);
    assertThat(((Consultation) read.get(1)).isLegallyConstrained()).isFalse();
    assertThat(((DisputeStep) read.get(3)).getCompletedOn()).hasValue(LocalDate.of(2025, 3, 22));
    assertThat(((GovernanceRecord) read.get(4)).getPeriodFrom())
        .isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(json.readEvents(json.writeEvents(read))).isEqualTo(read);
  }

  @Test
  void readsOneEventAsAListOfOne() {
    String one = "{\"type\": \"dispute-step\", \"stage\": 2, \"startedOn\": \"2025-03-01\"}";
    assertThat(json.readEvents(one)).containsExactly(json.readEvent(one));
  }

  @Test
  void writesAnEventWithItsTypeFirst() {
    Event step = DisputeStep.builder().stage(2).startedOn(LocalDate.of(2025, 3, 1)).build();
    assertThat(json.writeEvent(step)).isEqualTo("{\n  \"type\": \"dispute-step\",\n"
        + "  \"stage\": 2,\n  \"startedOn\": \"2025-03-01\"\n}\n");
  }

  @Test
  void eventViolationsArePointedAt() {
    String events = "[{\"type\": \"dispute-step\", \"stage\": 2, \"startedOn\": \"2025-03-01\"},"
        + " {\"type\": \"dispute-step\", \"stage\": 0, \"startedOn\": \"2025-03-01\"}]";
    CompactJsonException e = catchThrowableOfType(CompactJsonException.class,
        () -> json.readEvents(events));
    assertThat(e.getProblems()).extracting(JsonProblem::getPointer).containsExactly("/1/stage");
    assertThat(e.getProblems().get(0).getCode()).isEqualTo("not-positive");
  }

  @Test
  void writesFindings() throws IOException {
    Finding finding = Finding.builder().compact("example-compact").rule("three-months-notice")
        .kind("minimum-notice").outcome(Outcome.NOT_MET).modality(Modality.WILL)
        .reason("Notice was given on 2025-01-15, after the deadline of 2024-12-31.")
        .due(LocalDate.of(2024, 12, 31))
        .source(Citation.of("Principles", "A minimum of three months notice."))
        .build();
    String expected = "[\n  {\n    \"compact\": \"example-compact\",\n"
        + "    \"rule\": \"three-months-notice\",\n    \"kind\": \"minimum-notice\",\n"
        + "    \"event\": 0,\n    \"outcome\": \"not-met\",\n    \"modality\": \"will\",\n"
        + "    \"reason\": \"Notice was given on 2025-01-15, after the deadline of 2024-12-31.\",\n"
        + "    \"due\": \"2024-12-31\",\n    \"source\": {\n      \"clause\": \"Principles\",\n"
        + "      \"text\": \"A minimum of three months notice.\"\n    }\n  }\n]\n";
    assertThat(json.writeFindings(List.of(finding))).isEqualTo(expected);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeFindings(List.of(finding), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(json.writeFindings(List.of(finding.withDue(
        Optional.empty())))).doesNotContain("\"due\"", "eventId");
    assertThat(json.writeFindings(List.of(finding.withEvent(41).withEventId("GR-7"))))
        .contains("    \"event\": 41,\n    \"eventId\": \"GR-7\",\n    \"outcome\"");
  }

  @Test
  void theModuleIsFoundByServiceLoaderAndMapsTheSameDocument() {
    List<String> found = StreamSupport.stream(ServiceLoader.load(JacksonModule.class)
        .spliterator(), false).map(m -> m.getClass().getName()).collect(Collectors.toList());
    assertThat(found).contains(CompactsModule.class.getName());

    JsonMapper plain = JsonMapper.builder().findAndAddModules().build();
    String written = plain.writeValueAsString(Documents.small());
    assertThat(plain.readTree(written)).isEqualTo(plain.readTree(Documents.SMALL));
    assertThat(plain.readValue(Documents.SMALL, Compact.class)).isEqualTo(Documents.small());
  }

  @Test
  void theMapperHandedOutIsStrict() {
    JsonMapper mapper = json.mapper();
    assertThat(catchThrowableOfType(DatabindException.class,
        () -> mapper.readValue(Documents.minimalWith("\"summary\": \"s\""), Compact.class)))
        .hasMessageContaining("summary");
    assertThat(catchThrowableOfType(DatabindException.class,
        () -> mapper.readValue(Documents.minimalWith("\"period\": {\"from\": \"2014\","
            + " \"to\": 2018}"), Compact.class))).isNotNull();
  }

  @Test
  void everyRuleKindOfTheCatalogIsRegistered() {
    Compact full = CompactGen.fullCompact(Gen.seeded(11));
    assertThat(full.getRules().stream().map(r -> r.kind()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(RuleCatalog.standard().ruleKinds().keySet());
    String text = json.write(full);
    for (String kind : RuleCatalog.standard().ruleKinds().keySet()) {
      assertThat(text).contains("\"kind\": \"" + kind + "\"");
    }
    assertThat(json.read(text)).isEqualTo(full);
  }

  @Test
  void schemasAreExposed() {
    assertThat(json.compactSchema()).contains("\"$schema\": "
        + "\"https://json-schema.org/draft/2020-12/schema\"").contains("\"formatVersion\"");
    assertThat(json.eventSchema()).contains("\"governance-record\"");
  }

  private static int line(String text, String needle) {
    String before = text.substring(0, text.indexOf(needle));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }
}
