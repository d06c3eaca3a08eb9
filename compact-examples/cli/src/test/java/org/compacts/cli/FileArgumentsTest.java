package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.compacts.json.CompactJson;
import org.compacts.samples.SampleCompacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File arguments that cannot be read say why (a directory, no such file, permission denied),
 * and exit codes follow DESIGN.md §5: {@code validate} exits 2 only for a file it cannot read
 * at all, 1 for any invalid one (malformed JSON included).
 */
class FileArgumentsTest {
  private static final CompactJson JSON = CompactJson.create();

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void aDirectorySaysItIsADirectory() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder.json"));
    Path event = write("e.json", "{\"type\": \"dispute-step\", \"stage\": 2,"
        + " \"startedOn\": \"2025-03-01\"}");
    String expected = "compact: cannot read " + folder + ": it is a directory\n";
    for (String[] args : new String[][] {{"validate", folder.toString()},
        {"show", folder.toString()}, {"check", folder.toString(), event.toString()},
        {"check", "sandwell-compact-2019", folder.toString()},
        {"check", "sandwell-compact-2019", folder.toString(), "--ndjson"}}) {
      Cli cli = Cli.run(args);
      assertThat(cli.err).as(String.join(" ", args)).isEqualTo(expected);
      assertThat(cli.code).isEqualTo(2);
      assertThat(cli.out).isEmpty();
    }
  }

  @Test
  void aMissingFileSaysSo() {
    Path missing = dir.resolve("none.json");
    String expected = "compact: cannot read " + missing + ": no such file\n";
    for (String[] args : new String[][] {{"validate", missing.toString()},
        {"check", "sandwell-compact-2019", missing.toString()},
        {"check", "sandwell-compact-2019", missing.toString(), "--ndjson"}}) {
      Cli cli = Cli.run(args);
      assertThat(cli.err).as(String.join(" ", args)).isEqualTo(expected);
      assertThat(cli.code).isEqualTo(2);
    }
  }

  @Test
  void anUnreadableFileSaysPermissionDenied() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")),
        "root reads a file whatever its permissions; PermissionDeniedIT covers this as root");
    Path locked = write("locked.json", JSON.write(SampleCompacts.tamworth()));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Cli cli = Cli.run("validate", locked.toString());
    assertThat(cli.err).isEqualTo("compact: cannot read " + locked + ": permission denied\n");
    assertThat(cli.code).isEqualTo(2);
  }

  @Test
  void validateExitsOneForAnyInvalidFileAndTwoOnlyForOneItCannotRead() throws IOException {
    Path ok = write("ok.json", JSON.write(SampleCompacts.tamworth()));
    Path malformed = write("malformed.json", "{\"formatVersion\": ");
    Path latin1 = dir.resolve("latin1.json");
    Files.write(latin1, "{\"formatVersion\": \"1.0\", \"title\": \"caf\u00e9\"}"
        .getBytes(StandardCharsets.ISO_8859_1));
    Path notJson = write("notes.txt", "These are not JSON.");
    Path empty = write("empty.json", "");
    Path folder = Files.createDirectory(dir.resolve("folder"));

    for (Path invalid : new Path[] {malformed, latin1, notJson, empty}) {
      Cli cli = Cli.run("validate", ok.toString(), invalid.toString());
      assertThat(cli.code).as(invalid.toString()).isEqualTo(1);
      assertThat(cli.err).as(invalid.toString()).isEmpty();
      assertThat(cli.out).startsWith(ok + ": ok\n" + invalid + ":1:");
    }
    Cli unreadable = Cli.run("validate", malformed.toString(), folder.toString(), ok.toString());
    assertThat(unreadable.code).isEqualTo(2);
    assertThat(unreadable.out).startsWith(malformed + ":1:").endsWith(ok + ": ok\n");
    assertThat(unreadable.err).isEqualTo("compact: cannot read " + folder
        + ": it is a directory\n");
  }
}
