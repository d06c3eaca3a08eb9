package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the tool may not read says "permission denied". Root reads every file, so as root the
 * packaged tool runs as the unprivileged user {@code nobody} (through util-linux's
 * {@code setpriv}); as any other user the file's own permissions deny it.
 */
class PermissionDeniedIT {
  private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

  @TempDir
  Path dir;

  @Test
  void anUnreadableFileSaysPermissionDenied() throws Exception {
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      assumeTrue(Files.isExecutable(SETPRIV), "root reads any file, and there is no setpriv"
          + " to run the tool as another user");
      assumeTrue(PosixFilePermissions.toString(Files.getPosixFilePermissions(Jar.JAR))
          .charAt(6) == 'r', "compact.jar is not readable by other users");
    }
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path locked = Files.writeString(dir.resolve("locked.json"), "{}");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Path events = Files.writeString(dir.resolve("e.json"), "{}");
    Files.setPosixFilePermissions(events, PosixFilePermissions.fromString("rw-r--r--"));

    for (List<String> args : List.of(List.of("validate", locked.toString()),
        List.of("show", locked.toString()), List.of("check", locked.toString(), events.toString()),
        List.of("check", "sandwell-compact-2019", locked.toString()))) {
      List<String> command = new ArrayList<>();
      if (root) {
        command.addAll(List.of(SETPRIV.toString(), "--reuid=65534", "--regid=65534",
            "--clear-groups"));
      }
      command.addAll(Jar.command(List.of(), args.toArray(String[]::new)));
      Process p = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
          .start();
      p.getOutputStream().close();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread errReader = Jar.drain(p.getErrorStream(), err);
      byte[] out = p.getInputStream().readAllBytes();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      errReader.join();
      assertThat(new String(out, StandardCharsets.UTF_8)).isEmpty();
      assertThat(err.toString(StandardCharsets.UTF_8)).as(String.join(" ", args))
          .isEqualTo("compact: cannot read " + locked + ": permission denied\n");
      assertThat(p.exitValue()).isEqualTo(2);
    }
  }
}
