package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.compacts.json.CompactJson;
import org.compacts.model.Compact;
import org.compacts.model.Fixtures;
import org.compacts.samples.SampleCompacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Text from input never reaches the terminal raw: control characters in documents, events and
 * file names come out escaped ({@code \u001b}) in every command's output and errors, and JSON
 * output stays JSON that reads back to the same text.
 */
class EscapedOutputTest {
  private static final CompactJson JSON = CompactJson.create();

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void validateEscapesTheValuesItQuotesAndTheFileName() throws IOException {
    String document = JSON.write(SampleCompacts.sandwell()).replace(
        "\"id\": \"sandwell-compact-2019\"", "\"id\": \"" + jsonEscaped(Hostile.CONTROLS) + "\"");
    Path file = write("bad" + Hostile.CLEAR + ".json", document);
    Cli cli = Cli.run("validate", file.toString());
    assertThat(cli.code).isEqualTo(1);
    Hostile.assertNoRawControls(cli.out);
    assertThat(cli.out).contains("bad\\u001b[2J.json:").contains("\\u001b]0;pwned\\u0007")
        .contains("\\u009b2J").contains("\\u202e");
    Path ok = write("ok" + Hostile.TITLE + ".json", JSON.write(SampleCompacts.tamworth()));
    Cli valid = Cli.run("validate", ok.toString());
    assertThat(valid.out).isEqualTo(dir + "/ok\\u001b]0;pwned\\u0007.json: ok\n");
  }

  @Test
  void checkEscapesTheValuesItQuotesInStreamedErrors() throws IOException {
    Path events = write("e.ndjson", "{\"type\": \"" + jsonEscaped(Hostile.CONTROLS) + "\"}\n");
    Cli cli = Cli.run("check", "sandwell-compact-2019", events.toString(), "--as-of",
        "2025-04-01");
    assertThat(cli.code).isEqualTo(2);
    Hostile.assertNoRawControls(cli.err);
    assertThat(cli.err).contains("\\u001b[2J").hasLineCount(1);
  }

  @Test
  void checkEscapesTheValuesItQuotesInErrors() throws IOException {
    Path events = write("e.json", "{\"type\": \"" + jsonEscaped(Hostile.CONTROLS) + "\"}");
    Cli cli = Cli.run("check", "sandwell-compact-2019", events.toString(), "--as-of",
        "2025-04-01");
    assertThat(cli.code).isEqualTo(2);
    Hostile.assertNoRawControls(cli.err);
    assertThat(cli.err).contains("\\u001b[2J").hasLineCount(1);
  }

  @Test
  void checkWritesFindingsQuotingControlsAsJsonThatReadsBack() throws IOException {
    ObjectNode root = (ObjectNode) JSON.mapper().readTree(JSON.write(
        SampleCompacts.leicestershire()));
    ObjectNode source = (ObjectNode) root.get("rules").get(0).get("source");
    String text = Hostile.CONTROLS + source.get("text").stringValue();
    source.put("text", text);
    Path compact = write("c.json", JSON.mapper().writeValueAsString(root));
    String event = "{\"type\": \"funding-change\", \"change\": \"cessation\","
        + " \"arrangement\": \"grant\", \"decidedBy\": \"public\","
        + " \"affects\": [\"voluntary-community\"], \"noticeGivenOn\": \"2024-12-31\","
        + " \"takesEffectOn\": \"2025-03-31\"}";
    Path array = write("e.json", event);
    Path lines = write("e.ndjson", event + "\n");
    for (Path events : new Path[] {array, lines}) {
      Cli cli = Cli.run("check", compact.toString(), events.toString(), "--as-of", "2025-01-15");
      assertThat(cli.err).isEmpty();
      assertThat(cli.code).isZero();
      Hostile.assertNoRawControls(cli.out);
      JsonNode first = JSON.mapper().readTree(cli.out.lines().findFirst().get().startsWith("[")
          ? cli.out : cli.out.lines().findFirst().get());
      JsonNode finding = first.isArray() ? first.get(0) : first;
      assertThat(finding.get("source").get("text").stringValue()).isEqualTo(text);
    }
  }

  @Test
  void showEscapesControlsInJsonAndMarkdown() throws IOException {
    Compact compact = Hostile.everyText(JSON, Fixtures.fullCompact(), Hostile.CONTROLS);
    Path file = write("c.json", JSON.write(compact));
    Cli json = Cli.run("show", file.toString());
    assertThat(json.code).isZero();
    Hostile.assertNoRawControls(json.out);
    assertThat(JSON.read(json.out)).isEqualTo(compact);
    Cli md = Cli.run("show", file.toString(), "--format", "markdown");
    assertThat(md.code).isZero();
    Hostile.assertNoRawControls(md.out);
    assertThat(md.out).contains("u001b\\[2J").contains("u001b\\]0;pwned").contains("u0007")
        .contains("u009b2J").contains("u202e");
  }

  @Test
  void errorsEscapeTheFileNamesTheyEcho() throws IOException {
    String name = dir.resolve("x" + Hostile.TITLE + ".json").toString();
    for (String[] args : new String[][] {{"show", name}, {"validate", name},
        {"check", name, name}, {"check", "sandwell-compact-2019", name},
        {"show", "--format", Hostile.CLEAR, "sandwell-compact-2019"},
        {"list", "--" + Hostile.CLEAR}}) {
      Cli cli = Cli.run(args);
      assertThat(cli.code).isEqualTo(2);
      Hostile.assertNoRawControls(cli.err);
      assertThat(cli.err).contains("\\u001b").hasLineCount(1);
    }
  }

  @Test
  void listEscapesNothingOfItsOwn() {
    Cli cli = Cli.run("list");
    Hostile.assertNoRawControls(cli.out);
    assertThat(cli.out).contains("\t").doesNotContain("\\u");
  }

  static String jsonEscaped(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c < 0x20 || c >= 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }
}
