package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.compacts.json.CompactJson;
import org.compacts.model.Compact;
import org.compacts.rules.Finding;
import org.compacts.rules.PreparedCompact;
import org.compacts.rules.RuleEvaluator;
import org.compacts.samples.SampleCompacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/** Every command run in-process: output, errors and exit codes. */
class CompactCommandTest {
  private static final CompactJson JSON = CompactJson.create();

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void listPrintsOneLinePerSample() {
    Cli cli = Cli.run("list");
    assertThat(cli.code).isZero();
    assertThat(cli.err).isEmpty();
    assertThat(cli.out.lines()).containsExactly(
        "tamworth-vcse-pledge-2022\t" + SampleCompacts.tamworth().getTitle(),
        "sandwell-compact-2019\t" + SampleCompacts.sandwell().getTitle(),
        "staffordshire-stoke-compact-2014\t" + SampleCompacts.staffordshireStoke().getTitle(),
        "south-gloucestershire-compact\t" + SampleCompacts.southGloucestershire().getTitle(),
        "leicestershire-compact\t" + SampleCompacts.leicestershire().getTitle());
  }

  @Test
  void showPrintsASampleAsCanonicalJson() {
    Cli cli = Cli.run("show", "sandwell-compact-2019");
    assertThat(cli.code).isZero();
    assertThat(cli.out).isEqualTo(JSON.write(SampleCompacts.sandwell()));
    assertThat(JSON.read(cli.out)).isEqualTo(SampleCompacts.sandwell());
  }

  @Test
  void showReadsAFileAndPrintsMarkdown() throws IOException {
    Path file = write("leics.json", JSON.write(SampleCompacts.leicestershire()));
    Cli cli = Cli.run("show", file.toString(), "--format", "markdown");
    assertThat(cli.code).isZero();
    assertThat(cli.out).isEqualTo(CompactMarkdown.render(SampleCompacts.leicestershire()))
        .startsWith("# " + SampleCompacts.leicestershire().getTitle() + "\n");
  }

  @Test
  void showRefusesAnUnknownSampleWithOneLine() {
    Cli cli = Cli.run("show", "no-such-compact");
    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.out).isEmpty();
    assertThat(cli.err).isEqualTo("compact: No built-in sample and no file named"
        + " 'no-such-compact' (try 'compact list').\n");
  }

  @Test
  void showRefusesAnInvalidFileNamingWhere() throws IOException {
    Path file = write("broken.json", "{\"formatVersion\": \"1.0\", \"id\": ");
    Cli cli = Cli.run("show", file.toString());
    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.err).startsWith("compact: " + file + ":1:").doesNotContain("Exception")
        .endsWith("\n").hasLineCount(1);
  }

  @Test
  void showRefusesAnUnknownFormat() {
    Cli cli = Cli.run("show", "sandwell-compact-2019", "--format", "pdf");
    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.err).startsWith("compact: Invalid value for option '--format'")
        .hasLineCount(1);
  }

  @Test
  void validateSaysOkForEachValidFile() throws IOException {
    Path a = write("a.json", JSON.write(SampleCompacts.tamworth()));
    Path b = write("b.json", JSON.write(SampleCompacts.staffordshireStoke()));
    Cli cli = Cli.run("validate", a.toString(), b.toString());
    assertThat(cli.code).isZero();
    assertThat(cli.out).isEqualTo(a + ": ok\n" + b + ": ok\n");
  }

  @Test
  void validateLocatesEveryProblemAndExitsOne() throws IOException {
    Compact bad = SampleCompacts.sandwell().withId("Sandwell Compact");
    Path ok = write("ok.json", JSON.write(SampleCompacts.tamworth()));
    Path file = write("bad.json", JSON.write(SampleCompacts.sandwell())
        .replace("\"id\": \"sandwell-compact-2019\"", "\"id\": \"" + bad.getId() + "\""));
    Cli cli = Cli.run("validate", ok.toString(), file.toString());
    assertThat(cli.code).isEqualTo(1);
    List<String> lines = cli.out.lines().toList();
    assertThat(lines.get(0)).isEqualTo(ok + ": ok");
    assertThat(lines.subList(1, lines.size())).singleElement().satisfies(l ->
        assertThat(l).matches(java.util.regex.Pattern.quote(file.toString())
            + ":\\d+:\\d+: /id: .*Sandwell Compact.*"));
  }

  @Test
  void validateReportsMalformedJsonWithLineAndColumn() throws IOException {
    Path file = write("malformed.json", "{\n  \"formatVersion\": \"1.0\",\n  \"id\": tru\n}");
    Cli cli = Cli.run("validate", file.toString());
    assertThat(cli.code).isEqualTo(1);
    assertThat(cli.out).startsWith(file + ":3:").hasLineCount(1);
  }

  @Test
  void validateExitsTwoOnAnUnreadableFile() throws IOException {
    Path ok = write("ok.json", JSON.write(SampleCompacts.tamworth()));
    Path missing = dir.resolve("missing.json");
    Cli cli = Cli.run("validate", missing.toString(), ok.toString());
    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.err).isEqualTo("compact: cannot read " + missing + ": no such file\n");
    assertThat(cli.out).isEqualTo(ok + ": ok\n");
  }

  @Test
  void checkPrintsFindingsAndExitsZeroWhenNoneIsNotMet() throws IOException {
    Path events = write("e.json", "{\"type\": \"funding-change\", \"change\": \"cessation\","
        + " \"arrangement\": \"grant\", \"decidedBy\": \"public\","
        + " \"affects\": [\"voluntary-community\"], \"noticeGivenOn\": \"2024-12-31\","
        + " \"takesEffectOn\": \"2025-03-31\", \"agreedEndDate\": null}");
    Cli cli = Cli.run("check", "leicestershire-compact", events.toString(),
        "--as-of", "2025-01-15");
    assertThat(cli.code).isZero();
    assertThat(cli.err).isEmpty();
    assertThat(cli.out).startsWith("[").contains("\"outcome\": \"met\"")
        .contains("\"compact\": \"leicestershire-compact\"")
        .contains("\"due\": \"2024-12-31\"");
  }

  @Test
  void checkExitsOneWhenAFindingIsNotMet() throws IOException {
    Path events = write("e.json", "[{\"type\": \"funding-change\", \"change\": \"cessation\","
        + " \"arrangement\": \"grant\", \"decidedBy\": \"public\","
        + " \"affects\": [\"voluntary-community\"], \"noticeGivenOn\": \"2025-01-01\","
        + " \"takesEffectOn\": \"2025-03-31\"},"
        + " {\"type\": \"dispute-step\", \"stage\": 2, \"startedOn\": \"2025-03-01\"}]");
    Cli cli = Cli.run("check", "leicestershire-compact", events.toString(),
        "--as-of", "2025-01-15");
    assertThat(cli.code).isEqualTo(1);
    assertThat(cli.out).contains("\"outcome\": \"not-met\"");
  }

  @Test
  void checkRefusesAnUnknownEventType() throws IOException {
    Path events = write("e.json", "{\"type\": \"funding-rumour\"}");
    Cli cli = Cli.run("check", "leicestershire-compact", events.toString(),
        "--as-of", "2025-01-15");
    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.out).isEmpty();
    assertThat(cli.err).startsWith("compact: " + events + ":1:").contains("funding-rumour")
        .hasLineCount(1);
  }

  @Test
  void checkStreamsNdjsonAndGoesOnAfterABadLine() throws IOException {
    String ok = "{\"type\": \"dispute-step\", \"stage\": 2, \"startedOn\": \"2025-03-01\","
        + " \"completedOn\": \"2025-03-22\"}";
    Path events = write("e.ndjson", ok + "\n{\"type\": \"dispute-step\", \"stage\": \"two\"}\n\n"
        + ok + "\n");
    Cli cli = Cli.run("check", "sandwell-compact-2019", events.toString(),
        "--as-of", "2025-04-01");
    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.out.lines()).hasSize(2).allSatisfy(l ->
        assertThat(l).startsWith("{\"compact\":\"sandwell-compact-2019\"")
            .contains("\"outcome\":\"met\""));
    assertThat(cli.err).startsWith("compact: " + events + ":2: /stage").hasLineCount(1);
  }

  @Test
  void checkStreamsEachFindingAsOneCompactJsonLine() throws IOException {
    List<String> events = List.of(
        "{\"type\":\"funding-change\",\"change\":\"cessation\",\"arrangement\":\"grant\","
            + "\"decidedBy\":\"public\",\"affects\":[\"voluntary-community\"],"
            + "\"noticeGivenOn\":\"2024-10-01\",\"takesEffectOn\":\"2025-01-31\"}",
        "  {\"change\": \"review\", \"type\": \"funding-change\", \"arrangement\": \"contract\","
            + " \"decidedBy\": \"public\", \"affects\": [\"voluntary-community\"],"
            + " \"takesEffectOn\": \"2025-03-01\"}",
        "{\"type\":\"funding-change\",\"change\":\"change\",\"arrangement\":\"support\","
            + "\"decidedBy\":\"private\",\"affects\":[\"voluntary-community\"],"
            + "\"takesEffectOn\":\"2025-03-01\"}");
    Path file = write("e.ndjson", String.join("\r\n", events) + "\r\n");
    LocalDate day = LocalDate.of(2025, 2, 1);
    Cli cli = Cli.run("check", "leicestershire-compact", file.toString(), "--as-of",
        day.toString());

    PreparedCompact prepared = RuleEvaluator.create().prepare(SampleCompacts.leicestershire());
    ObjectWriter oneLine = JSON.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
    StringBuilder expected = new StringBuilder();
    for (String event : events) {
      for (Finding f : prepared.check(JSON.readEvent(event), day)) {
        expected.append(oneLine.writeValueAsString(f)).append(System.lineSeparator());
      }
    }
    assertThat(cli.err).isEmpty();
    assertThat(cli.out).isEqualTo(expected.toString()).contains("\"outcome\":\"not-met\"");
    assertThat(cli.code).isEqualTo(1);
  }

  @Test
  void checkReportsANdjsonLineThatIsNotUtf8AndGoesOn() throws IOException {
    String ok = "{\"type\": \"dispute-step\", \"stage\": 2, \"startedOn\": \"2025-03-01\","
        + " \"completedOn\": \"2025-03-22\"}\n";
    Path events = dir.resolve("e.ndjson");
    Files.write(events, (ok + "{\"type\": \"dispute-step\", \"stage\": \"\u00ff\"}\n" + ok)
        .getBytes(StandardCharsets.ISO_8859_1));
    Cli cli = Cli.run("check", "sandwell-compact-2019", events.toString(),
        "--as-of", "2025-04-01");
    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.out.lines()).hasSize(2);
    assertThat(cli.err).startsWith("compact: " + events + ":2: /stage: The document is not"
        + " valid UTF-8").hasLineCount(1);
  }

  @Test
  void checkOfAnEmptyNdjsonFilePrintsNothing() throws IOException {
    Path events = write("e.ndjson", "\n \n");
    Cli cli = Cli.run("check", "sandwell-compact-2019", events.toString());
    assertThat(cli.code).isZero();
    assertThat(cli.out).isEmpty();
    assertThat(cli.err).isEmpty();
  }

  @Test
  void checkRefusesAMissingEventFile() {
    Cli cli = Cli.run("check", "leicestershire-compact", dir.resolve("none.json").toString());
    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.err).isEqualTo("compact: cannot read " + dir.resolve("none.json")
        + ": no such file\n");
  }

  @Test
  void checkRefusesABadAsOfDate() {
    Cli cli = Cli.run("check", "leicestershire-compact", "e.json", "--as-of", "2025-02-30");
    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.err).startsWith("compact: Invalid value for option '--as-of'")
        .hasLineCount(1);
  }

  @Test
  void schemaPrintsTheCompactAndEventSchemas() {
    Cli compact = Cli.run("schema");
    Cli event = Cli.run("schema", "event");
    assertThat(compact.code).isZero();
    assertThat(event.code).isZero();
    assertThat(compact.out).isEqualTo(JSON.compactSchema().endsWith("\n")
        ? JSON.compactSchema() : JSON.compactSchema() + "\n")
        .contains("https://json-schema.org/draft/2020-12/schema");
    assertThat(event.out).contains("funding-change").contains("governance-record");
    assertThat(Cli.run("schema", "compact").out).isEqualTo(compact.out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"list", "show", "validate", "check", "schema"})
  void everyCommandHasHelp(String command) {
    Cli cli = Cli.run(command, "--help");
    assertThat(cli.code).isZero();
    assertThat(cli.out).startsWith("Usage: compact " + command);
    assertThat(cli.err).isEmpty();
  }

  @Test
  void topLevelHelpNamesEveryCommand() {
    Cli cli = Cli.run("--help");
    assertThat(cli.code).isZero();
    assertThat(cli.out).contains("list", "show", "validate", "check", "schema");
  }

  @Test
  void badArgumentsGiveOneLineAndExitTwo() {
    assertThat(Cli.run().code).isEqualTo(2);
    Cli unknown = Cli.run("frobnicate");
    assertThat(unknown.code).isEqualTo(2);
    assertThat(unknown.err).hasLineCount(1).startsWith("compact: ");
    Cli option = Cli.run("list", "--colour");
    assertThat(option.code).isEqualTo(2);
    assertThat(option.err).isEqualTo("compact: Unknown option: '--colour'\n");
    Cli missing = Cli.run("check", "leicestershire-compact");
    assertThat(missing.code).isEqualTo(2);
    assertThat(missing.err).startsWith("compact: Missing required parameter").hasLineCount(1);
  }

  @Test
  void debugAddsTheStackTrace() {
    Cli cli = Cli.run("--debug", "show", "no-such-compact");
    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.err).startsWith("compact: No built-in sample").contains("\tat ");
  }
}
