package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The packaged tool, run with {@code java -jar} and nothing else. */
class CompactJarIT {
  @TempDir
  Path dir;

  @Test
  void listsTheSamples() throws Exception {
    Jar jar = Jar.run("list");
    assertThat(jar.code).isZero();
    assertThat(jar.out.lines()).hasSize(5).allSatisfy(l -> assertThat(l).contains("\t"));
    assertThat(jar.out).startsWith("tamworth-vcse-pledge-2022\t");
  }

  @ParameterizedTest
  @ValueSource(strings = {"list", "show", "validate", "check", "schema"})
  void everyCommandHasHelp(String command) throws Exception {
    Jar jar = Jar.run(command, "--help");
    assertThat(jar.code).isZero();
    assertThat(jar.out).startsWith("Usage: compact " + command);
  }

  @Test
  void showsASampleAsJsonAndMarkdown() throws Exception {
    Jar json = Jar.run("show", "staffordshire-stoke-compact-2014");
    assertThat(json.code).isZero();
    assertThat(json.out).startsWith("{\n  \"formatVersion\": \"1.0\",");
    Jar md = Jar.run("show", "sandwell-compact-2019", "--format", "markdown");
    assertThat(md.code).isZero();
    assertThat(md.out).startsWith("# ").contains("## Resolving disagreements");
  }

  @Test
  void refusesAnUnknownSampleWithoutAStackTrace() throws Exception {
    Jar jar = Jar.run("show", "no-such-compact");
    assertThat(jar.code).isEqualTo(2);
    assertThat(jar.err).isEqualTo("compact: No built-in sample and no file named"
        + " 'no-such-compact' (try 'compact list').\n");
  }

  @Test
  void validatesFiles() throws Exception {
    Path good = dir.resolve("good.json");
    Files.writeString(good, Jar.run("show", "tamworth-vcse-pledge-2022").out);
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"formatVersion\": \"1.0\"} trailing", StandardCharsets.UTF_8);
    Jar jar = Jar.run("validate", good.toString(), bad.toString());
    assertThat(jar.code).isEqualTo(1);
    assertThat(jar.out).startsWith(good + ": ok\n" + bad + ":1:");
    Jar missing = Jar.run("validate", dir.resolve("none.json").toString());
    assertThat(missing.code).isEqualTo(2);
    assertThat(missing.err).startsWith("compact: cannot read ");
  }

  @Test
  void checksTheShippedExampleEvents() throws Exception {
    Jar one = Jar.run("check", "leicestershire-compact",
        "events/leicestershire-grant-ends.json", "--as-of", "2025-01-31");
    assertThat(one.code).isZero();
    assertThat(one.out).contains("\"outcome\": \"met\"");
    Jar many = Jar.run("check", "leicestershire-compact", "events/leicestershire-funding.json",
        "--as-of", "2025-04-01");
    assertThat(many.code).isEqualTo(1);
    assertThat(many.out).contains("\"outcome\": \"not-met\"", "\"outcome\": \"exempt\"");
    Jar stream = Jar.run("check", "staffordshire-stoke-compact-2014",
        "events/staffordshire-events.ndjson", "--as-of", "2025-06-30");
    assertThat(stream.err).isEmpty();
    assertThat(stream.out.lines()).allSatisfy(l -> assertThat(l).startsWith("{\"compact\""));
  }

  @Test
  void refusesInvalidEventJson() throws Exception {
    Path events = dir.resolve("e.json");
    Files.writeString(events, "{\"type\": \"consultation\", \"opensOn\": \"2025-02-30\"}");
    Jar jar = Jar.run("check", "staffordshire-stoke-compact-2014", events.toString());
    assertThat(jar.code).isEqualTo(2);
    assertThat(jar.err).startsWith("compact: " + events + ":1:").hasLineCount(1);
  }

  @Test
  void printsTheSchemas() throws Exception {
    assertThat(Jar.run("schema").out).contains("2020-12");
    assertThat(Jar.run("schema", "event").out).contains("dispute-step");
  }

  @Test
  void badArgumentsExitTwo() throws Exception {
    Jar jar = Jar.run("list", "--colour");
    assertThat(jar.code).isEqualTo(2);
    assertThat(jar.err).isEqualTo("compact: Unknown option: '--colour'\n");
  }
}
