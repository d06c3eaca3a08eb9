package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged tool says only what it is asked: no logging on any command, its version from
 * the jar's manifest, and a shell completion script generated from its commands.
 */
class QuietToolIT {
  @TempDir
  Path dir;

  @Test
  void noCommandWritesAnythingToStandardErrorWhenAllIsWell() throws Exception {
    // An address outside the common form is handed to Hibernate Validator, which logs its
    // version when it starts unless the tool keeps it quiet.
    Path compact = dir.resolve("leicestershire.json");
    Files.writeString(compact, Jar.run("show", "leicestershire-compact").out
        .replace("\"dave.c@valonline.org.uk\"", "\"\\\"dave c\\\"@valonline.org.uk\""),
        StandardCharsets.UTF_8);
    assertThat(Files.readString(compact)).contains("\"\\\"dave c\\\"@valonline.org.uk\"");
    List<List<String>> commands = List.of(
        List.of("list"),
        List.of("show", "sandwell-compact-2019"),
        List.of("show", "sandwell-compact-2019", "--format", "markdown"),
        List.of("validate", compact.toString()),
        List.of("check", compact.toString(), "events/leicestershire-grant-ends.json",
            "--as-of", "2025-01-31"),
        List.of("schema"),
        List.of("schema", "event"),
        List.of("--version"),
        List.of("--help"),
        List.of("generate-completion"));
    for (List<String> command : commands) {
      Jar jar = Jar.run(command.toArray(String[]::new));
      assertThat(jar.err).as("standard error of %s", command).isEmpty();
      assertThat(jar.code).as("exit code of %s", command).isZero();
      assertThat(jar.out).as("standard output of %s", command).isNotEmpty();
    }
  }

  @Test
  void theVersionIsTheBuildsFromTheManifest() throws Exception {
    String version = System.getProperty("compacts.version");
    assertThat(version).isNotBlank();
    assertThat(Jar.run("--version").out).isEqualTo("compact " + version + "\n");
  }

  @Test
  void generatesABashCompletionScriptForEveryCommand() throws Exception {
    Jar jar = Jar.run("generate-completion");
    assertThat(jar.out).contains("complete -F _complete_compact")
        .contains("list", "show", "validate", "check", "schema", "--format", "--as-of");
    assertThat(Jar.run("--help").out).contains("generate-completion");

    Path script = dir.resolve("compact_completion");
    Files.writeString(script, jar.out, StandardCharsets.UTF_8);
    // bash can load it, and then completes "compact" with it.
    Process bash = new ProcessBuilder("bash", "-c", "source \"$0\" && complete -p compact",
        script.toString()).redirectErrorStream(true).start();
    String said = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(bash.exitValue()).as(said).isZero();
    assertThat(said).contains("_complete_compact").contains("compact");
  }
}
