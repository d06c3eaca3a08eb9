package org.compacts.json.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's {@code compactFile} opens only a file inside the scenario file's folder, and an
 * error quotes at most a short excerpt of a value and never the content of a file that is not
 * a compact document.
 */
class ScenarioPathsTest {
  private static final String SECRET = "root:x:0:0:secret-token-4711:/root:/bin/bash";
  private static final String CESSATION = "{\"type\": \"funding-change\", \"change\":"
      + " \"cessation\", \"arrangement\": \"grant\", \"decidedBy\": \"public\", \"affects\":"
      + " [\"voluntary-community\"], \"noticeGivenOn\": \"2024-12-31\", \"takesEffectOn\":"
      + " \"2025-03-31\"}";

  @TempDir
  Path dir;

  private final ScenarioRunner runner = ScenarioRunner.create(id -> Optional.empty());

  private Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private Path scenario(Path file, String compactFile) throws IOException {
    return write(file, "{\"name\": \"s\", \"compactFile\": \"" + compactFile.replace("\\", "\\\\")
        + "\", \"asOf\": \"2025-01-06\", \"event\": " + CESSATION + ", \"expect\": []}");
  }

  /** Reads and runs the scenario file; returns the message of the exception that stops it. */
  private String refusal(Path file) {
    Throwable thrown = null;
    try {
      runner.run(runner.read(file).get(0));
    } catch (ScenarioException | IOException e) {
      thrown = e;
    }
    assertThat(thrown).as("refused").isInstanceOf(ScenarioException.class);
    assertThat(((ScenarioException) thrown).getPointer()).isEqualTo("/compactFile");
    return thrown.getMessage();
  }

  @Test
  void aPathOutOfTheFolderIsRefusedAndTheFileNotOpened() throws IOException {
    write(dir.resolve("passwd"), SECRET);
    Path file = scenario(dir.resolve("scenarios/deep/s.json"), "../../passwd");
    assertThat(refusal(file)).isEqualTo(file + ": /compactFile: '../../passwd' leads out of"
        + " the scenario file's folder; a compact file must be inside it")
        .doesNotContain("secret");
    Path sneaky = scenario(dir.resolve("scenarios/s.json"), "sub/../../passwd");
    assertThat(refusal(sneaky)).contains("leads out of the scenario file's folder");
  }

  @Test
  void anAbsolutePathIsRefused() throws IOException {
    Path secret = write(dir.resolve("passwd"), SECRET);
    Path file = scenario(dir.resolve("scenarios/s.json"), secret.toAbsolutePath().toString());
    assertThat(refusal(file)).contains("is an absolute path; a compact file is named relative"
        + " to the scenario file's folder").doesNotContain("secret-token");
  }

  @Test
  void aSymbolicLinkThatLeadsOutIsRefused() throws IOException {
    Path secret = write(dir.resolve("passwd"), SECRET);
    Files.createDirectories(dir.resolve("scenarios"));
    Files.createSymbolicLink(dir.resolve("scenarios/compact.json"), secret);
    Files.createSymbolicLink(dir.resolve("scenarios/up"), dir);
    Path direct = scenario(dir.resolve("scenarios/s.json"), "compact.json");
    assertThat(refusal(direct)).isEqualTo(direct + ": /compactFile: 'compact.json' leads out"
        + " of the scenario file's folder through a symbolic link; a compact file must be"
        + " inside it");
    Path throughFolder = scenario(dir.resolve("scenarios/t.json"), "up/passwd");
    assertThat(refusal(throughFolder)).contains("through a symbolic link")
        .doesNotContain("secret");
  }

  @Test
  void aLinkThatStaysInsideIsFollowed() throws IOException {
    Path compacts = dir.resolve("scenarios/compacts");
    write(compacts.resolve("real.json"), "{}");
    Files.createSymbolicLink(compacts.resolve("alias.json"), compacts.resolve("real.json"));
    Path file = scenario(dir.resolve("scenarios/s.json"), "compacts/alias.json");
    assertThat(refusal(file)).contains("is not a valid compact document");
  }

  @Test
  void aFileThatIsNotACompactIsNotQuoted() throws IOException {
    write(dir.resolve("scenarios/notes.json"), SECRET + "\n" + SECRET);
    write(dir.resolve("scenarios/keys.json"), "{\"" + SECRET + "\": 1}");
    for (String name : new String[] {"notes.json", "keys.json"}) {
      Path file = scenario(dir.resolve("scenarios/s.json"), name);
      assertThat(refusal(file)).startsWith(file + ": /compactFile: the compact document '"
          + name + "' is not a valid compact document: ").contains("line 1, column 1")
          .doesNotContain("root").doesNotContain("secret").doesNotContain("bash");
    }
  }

  @Test
  void aMissingFileOrAFolderSaysWhich() throws IOException {
    Files.createDirectories(dir.resolve("scenarios/folder"));
    Path missing = scenario(dir.resolve("scenarios/s.json"), "none.json");
    assertThat(refusal(missing)).isEqualTo(missing + ": /compactFile: cannot read the compact"
        + " document 'none.json': no such file");
    Path folder = scenario(dir.resolve("scenarios/t.json"), "folder");
    assertThat(refusal(folder)).isEqualTo(folder + ": /compactFile: cannot read the compact"
        + " document 'folder': it is a directory");
  }

  @Test
  void longValuesAreQuotedAsShortExcerpts() throws IOException {
    String longName = "a".repeat(5_000) + ".json";
    Path file = scenario(dir.resolve("scenarios/s.json"), longName);
    assertThat(refusal(file)).hasSizeLessThan(file.toString().length() + 200)
        .contains("'aaaaaaaa").contains("…");
    String longDate = "2025-01-0" + "6".repeat(5_000);
    Path date = write(dir.resolve("scenarios/d.json"), "{\"name\": \"s\", \"compact\": \"x\","
        + " \"asOf\": \"" + longDate + "\", \"event\": " + CESSATION + ", \"expect\": []}");
    assertThatThrownBy(() -> runner.read(date)).isInstanceOf(ScenarioException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(date.toString().length()
            + 200));
    String longId = "x".repeat(5_000);
    Path sample = write(dir.resolve("scenarios/i.json"), "{\"name\": \"s\", \"compact\": \""
        + longId + "\", \"asOf\": \"2025-01-06\", \"event\": " + CESSATION + ", \"expect\": []}");
    assertThatThrownBy(() -> runner.run(runner.read(sample).get(0)))
        .isInstanceOf(ScenarioException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(sample.toString().length()
            + 200));
    String longField = "f".repeat(5_000);
    Path field = write(dir.resolve("scenarios/f.json"), "{\"name\": \"s\", \"" + longField
        + "\": 1}");
    assertThatThrownBy(() -> runner.read(field)).isInstanceOf(ScenarioException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(field.toString().length()
            + 400));
  }
}
