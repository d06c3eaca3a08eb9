package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.compacts.json.CompactJson;
import org.compacts.samples.SampleCompacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every error path of every command gives plain sentences on standard error, one line each,
 * with no Java in them: no exception, no class name, no stack trace (unless {@code --debug}).
 */
class ErrorLinesTest {
  private static final CompactJson JSON = CompactJson.create();
  /** A qualified Java class name, such as {@code java.time.LocalDate}. */
  private static final Pattern CLASS_NAME =
      Pattern.compile("\\b(java|javax|jdk|sun|org|com|tools|picocli)\\.[a-z][\\w$]*\\.");

  @TempDir
  Path dir;

  private String missing;
  private String folder;
  private String malformed;
  private String invalid;
  private String nullDocument;
  private String array;
  private String latin1;
  private String empty;
  private String event;
  private String unknownEvent;
  private String badEvents;
  private String farEvent;
  private String eventArrayOfNull;

  private String write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8).toString();
  }

  @BeforeEach
  void files() throws IOException {
    missing = dir.resolve("none.json").toString();
    folder = Files.createDirectory(dir.resolve("folder")).toString();
    malformed = write("malformed.json", "{\"formatVersion\": \"1.0\", \"id\": tru");
    invalid = write("invalid.json", JSON.write(SampleCompacts.sandwell())
        .replace("\"id\": \"sandwell-compact-2019\"", "\"id\": \"Not A Slug\""));
    nullDocument = write("null.json", "null");
    array = write("array.json", "[]");
    Path bytes = dir.resolve("latin1.json");
    Files.write(bytes, "{\"formatVersion\": \"1.0\", \"title\": \"caf\u00e9\"}"
        .getBytes(StandardCharsets.ISO_8859_1));
    latin1 = bytes.toString();
    empty = write("empty.json", "");
    event = write("event.json", "{\"type\": \"dispute-step\", \"stage\": 2,"
        + " \"startedOn\": \"2025-03-01\"}");
    unknownEvent = write("unknown.json", "{\"type\": \"funding-rumour\"}");
    badEvents = write("bad.ndjson", "{\"type\": \"dispute-step\", \"stage\": \"two\"}\nnull\n"
        + "[1]\n{\"type\":\n");
    farEvent = write("far.json", "{\"type\": \"funding-change\", \"change\": \"cessation\","
        + " \"arrangement\": \"grant\", \"decidedBy\": \"public\","
        + " \"affects\": [\"voluntary-community\"], \"noticeGivenOn\": \"2024-12-31\","
        + " \"takesEffectOn\": \"+999999999-12-31\"}");
    eventArrayOfNull = write("nulls.json", "[null]");
  }

  /** Each error case: its arguments, and how many error lines it must give. */
  private List<Object[]> cases() {
    List<Object[]> cases = new ArrayList<>();
    add(cases, 1);
    add(cases, 1, "frobnicate");
    add(cases, 1, "--colour");
    add(cases, 1, "list", "extra");
    add(cases, 1, "list", "--colour");
    add(cases, 1, "show");
    add(cases, 1, "show", "no-such-compact");
    add(cases, 1, "show", missing);
    add(cases, 1, "show", folder);
    add(cases, 1, "show", malformed);
    add(cases, 1, "show", invalid);
    add(cases, 1, "show", nullDocument);
    add(cases, 1, "show", array);
    add(cases, 1, "show", latin1);
    add(cases, 1, "show", empty);
    add(cases, 1, "show", "sandwell-compact-2019", "--format", "pdf");
    add(cases, 1, "show", "sandwell-compact-2019", "--format");
    add(cases, 1, "show", "sandwell-compact-2019", "tamworth-vcse-pledge-2022");
    add(cases, 1, "validate");
    add(cases, 1, "validate", missing);
    add(cases, 1, "validate", folder);
    add(cases, 1, "validate", "-", "-");
    add(cases, 1, "validate", "--strict", missing);
    add(cases, 1, "check");
    add(cases, 1, "check", "leicestershire-compact");
    add(cases, 1, "check", "no-such-compact", event);
    add(cases, 1, "check", folder, event);
    add(cases, 1, "check", malformed, event);
    add(cases, 1, "check", invalid, event);
    add(cases, 1, "check", nullDocument, event);
    add(cases, 1, "check", "sandwell-compact-2019", missing);
    add(cases, 1, "check", "sandwell-compact-2019", folder);
    add(cases, 1, "check", "sandwell-compact-2019", malformed);
    add(cases, 1, "check", "sandwell-compact-2019", unknownEvent);
    add(cases, 1, "check", "sandwell-compact-2019", nullDocument);
    add(cases, 1, "check", "sandwell-compact-2019", eventArrayOfNull);
    add(cases, 1, "check", "sandwell-compact-2019", latin1);
    add(cases, 1, "check", "sandwell-compact-2019", empty);
    add(cases, 1, "check", "sandwell-compact-2019", missing, "--ndjson");
    add(cases, 4, "check", "sandwell-compact-2019", badEvents, "--as-of", "2025-04-01");
    add(cases, 1, "check", "leicestershire-compact", farEvent, "--as-of", "2025-01-01");
    add(cases, 1, "check", "leicestershire-compact", farEvent, "--ndjson", "--as-of",
        "2025-01-01");
    add(cases, 1, "check", "sandwell-compact-2019", "-", "-");
    add(cases, 1, "check", "sandwell-compact-2019", event, "--as-of", "2025-02-30");
    add(cases, 1, "check", "sandwell-compact-2019", event, "--as-of", "2025-13-01");
    add(cases, 1, "check", "sandwell-compact-2019", event, "--as-of", "31/01/2025");
    add(cases, 1, "check", "sandwell-compact-2019", event, "--as-of", "");
    add(cases, 1, "check", "sandwell-compact-2019", event, "--as-of", "+1000000000-01-01");
    add(cases, 1, "check", "sandwell-compact-2019", event, "--as-of");
    add(cases, 1, "schema", "nope");
    add(cases, 1, "schema", "compact", "event");
    add(cases, 1, "import");
    add(cases, 1, "import", "csv", event);
    add(cases, 1, "import", "360giving", missing);
    add(cases, 1, "import", "360giving", folder);
    add(cases, 1, "import", "360giving", event);
    add(cases, 1, "import", "360giving", empty);
    add(cases, 1, "import", "360giving", event, "--funder-sector", "charity");
    add(cases, 1, "report", "sandwell-compact-2019");
    add(cases, 1, "report", "no-such-compact", event);
    add(cases, 1, "report", malformed, event);
    add(cases, 1, "report", "sandwell-compact-2019", missing);
    add(cases, 1, "report", "sandwell-compact-2019", folder);
    add(cases, 1, "report", "sandwell-compact-2019", malformed);
    add(cases, 1, "report", "sandwell-compact-2019", "-", "-");
    add(cases, 1, "report", "sandwell-compact-2019", event, "--format", "pdf");
    add(cases, 1, "report", "sandwell-compact-2019", event, "--division", "scotland");
    add(cases, 1, "report", "sandwell-compact-2019", event, "--holidays", missing);
    add(cases, 1, "diff", "sandwell-compact-2019");
    add(cases, 1, "diff", "sandwell-compact-2019", missing);
    add(cases, 1, "diff", malformed, "sandwell-compact-2019");
    add(cases, 1, "diff", nullDocument, "sandwell-compact-2019");
    add(cases, 1, "diff", "-", "-");
    add(cases, 1, "diff", "sandwell-compact-2019", "sandwell-compact-2019", "--format", "pdf");
    add(cases, 1, "compare", "sandwell-compact-2019");
    add(cases, 1, "compare", "sandwell-compact-2019", folder);
    add(cases, 1, "compare", "sandwell-compact-2019", invalid);
    add(cases, 1, "compare", "sandwell-compact-2019", "-", "-");
    add(cases, 1, "compare", "sandwell-compact-2019", "sandwell-compact-2019", "--format",
        "pdf");
    return cases;
  }

  private static void add(List<Object[]> cases, int lines, String... args) {
    cases.add(new Object[] {args, lines});
  }

  @Test
  void everyErrorIsPlainSentencesOneLineEach() {
    List<String> failures = new ArrayList<>();
    for (Object[] c : cases()) {
      String[] args = (String[]) c[0];
      int lines = (Integer) c[1];
      Cli cli = Cli.run(args);
      String what = "compact " + String.join(" ", args) + " -> " + cli.code + ": " + cli.err;
      if (cli.code != 2) {
        failures.add("exit " + cli.code + ", not 2: " + what);
      }
      if (cli.err.lines().count() != lines || !cli.err.endsWith("\n")) {
        failures.add("not " + lines + " line(s): " + what);
      }
      if (!cli.err.lines().allMatch(l -> l.startsWith("compact: ") && l.length() > 12)) {
        failures.add("a line not 'compact: ...': " + what);
      }
      if (cli.err.contains("Exception") || cli.err.contains("Error:")
          || cli.err.contains("\tat ") || CLASS_NAME.matcher(cli.err).find()) {
        failures.add("Java in the message: " + what);
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void debugAddsTheStackTrace() {
    Cli cli = Cli.run("--debug", "check", "sandwell-compact-2019", event, "--as-of",
        "2025-02-30");
    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.err.lines().findFirst().orElseThrow())
        .isEqualTo("compact: Invalid value for option '--as-of': '2025-02-30' is not a day"
            + " of the calendar (yyyy-MM-dd)");
    assertThat(cli.err).contains("\tat ");
    Cli read = Cli.run("--debug", "validate", folder);
    assertThat(read.err).startsWith("compact: cannot read " + folder + ": it is a directory\n")
        .contains("\tat ");
  }
}
