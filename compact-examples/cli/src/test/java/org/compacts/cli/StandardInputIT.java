package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.compacts.json.CompactJson;
import org.compacts.samples.SampleCompacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} (and {@code /dev/stdin}) as every file argument of the packaged tool. */
class StandardInputIT {
  private static final CompactJson JSON = CompactJson.create();
  private static final String EVENT = "{\"type\": \"funding-change\", \"change\": \"cessation\","
      + " \"arrangement\": \"grant\", \"decidedBy\": \"public\","
      + " \"affects\": [\"voluntary-community\"], \"noticeGivenOn\": \"2025-01-02\","
      + " \"takesEffectOn\": \"2025-03-31\"}";

  @TempDir
  Path dir;

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void validateReadsADocumentFromStandardInput() throws Exception {
    byte[] sample = bytes(JSON.write(SampleCompacts.tamworth()));
    Jar ok = Jar.runWithInput(sample, "validate", "-");
    assertThat(ok.err).isEmpty();
    assertThat(ok.out).isEqualTo("-: ok\n");
    assertThat(ok.code).isZero();
    Jar bad = Jar.runWithInput(bytes("{\"formatVersion\": \"1.0\"}"), "validate", "-");
    assertThat(bad.code).isEqualTo(1);
    assertThat(bad.out).startsWith("-:1:");
    Jar devStdin = Jar.runWithInput(sample, "validate", "/dev/stdin");
    assertThat(devStdin.out).isEqualTo("/dev/stdin: ok\n");
    assertThat(devStdin.code).isZero();
  }

  @Test
  void showReadsACompactFromStandardInput() throws Exception {
    String sample = JSON.write(SampleCompacts.sandwell());
    Jar json = Jar.runWithInput(bytes(sample), "show", "-");
    assertThat(json.err).isEmpty();
    assertThat(json.code).isZero();
    assertThat(json.out).isEqualTo(sample);
    Jar md = Jar.runWithInput(bytes(sample), "show", "/dev/stdin", "--format", "markdown");
    assertThat(md.code).isZero();
    assertThat(md.out).startsWith("# " + SampleCompacts.sandwell().getTitle() + "\n");
  }

  @Test
  void checkReadsEventsOrTheCompactFromStandardInput() throws Exception {
    Jar events = Jar.runWithInput(bytes("[" + EVENT + "]"), "check", "leicestershire-compact",
        "-", "--as-of", "2025-01-15");
    assertThat(events.err).isEmpty();
    assertThat(events.code).isEqualTo(1);
    assertThat(events.out).startsWith("[").contains("\"outcome\": \"not-met\"");
    Jar lines = Jar.runWithInput(bytes(EVENT + "\n" + EVENT + "\n"), "check",
        "leicestershire-compact", "-", "--ndjson", "--as-of", "2025-01-15");
    assertThat(lines.err).isEmpty();
    assertThat(lines.out.lines()).hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("\"outcome\":\"not-met\""));
    Path event = Files.writeString(dir.resolve("e.json"), EVENT);
    Jar compact = Jar.runWithInput(bytes(JSON.write(SampleCompacts.leicestershire())),
        "check", "-", event.toString(), "--as-of", "2025-01-15");
    assertThat(compact.err).isEmpty();
    assertThat(compact.out).isEqualTo(events.out);
  }

  @Test
  void standardInputCanBeNamedOnlyOnce() throws Exception {
    for (String[] args : new String[][] {{"validate", "-", "-"}, {"check", "-", "-"},
        {"validate", "-", "/dev/stdin"}}) {
      Jar jar = Jar.runWithInput(bytes(EVENT), args);
      assertThat(jar.code).isEqualTo(2);
      assertThat(jar.out).isEmpty();
      assertThat(jar.err).isEqualTo("compact: standard input can be read only once; name it"
          + " ('-') for one file argument only\n");
    }
  }
}
