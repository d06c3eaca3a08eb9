package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code compact} that the package step writes beside compact.jar: it gives
 * what {@code java -jar compact.jar} gives, uses the class-data-sharing archive made at package
 * time, and falls back to running without it, silently, when the archive does not fit.
 */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("target", "compact");
  private static final Path ARCHIVE = Path.of("target", "compact.jsa");
  private static final String EVENTS = "events/leicestershire-funding.json";

  /** What java -jar gives for each run of {@link #runs()}, compared against the launcher's. */
  private static final List<Jar> EXPECTED = new ArrayList<>();

  @TempDir
  Path dir;

  @BeforeAll
  static void runTheJar() throws Exception {
    for (String[] run : runs()) {
      EXPECTED.add(Jar.run(run));
    }
  }

  /** A command of each kind, with its three exit codes and an error on standard error. */
  private static List<String[]> runs() {
    return List.of(
        new String[] {"list"},
        new String[] {"check", "leicestershire-compact", EVENTS, "--as-of", "2025-04-01"},
        new String[] {"show", "no-such-compact"});
  }

  @Test
  void isWrittenBesideTheJarWithItsArchive() {
    assertThat(LAUNCHER).isRegularFile().isExecutable();
    assertThat(ARCHIVE).isRegularFile();
    assertThat(EXPECTED).extracting(j -> j.code).containsExactly(0, 1, 2);
  }

  @Test
  void givesWhatJavaJarGives() throws Exception {
    assertSameAsJar(LAUNCHER);
  }

  @Test
  void loadsTheToolsClassesFromTheArchive() throws Exception {
    Path log = dir.resolve("classes.log");
    Jar run = launch(LAUNCHER, "-Xlog:class+load:file=" + log, "list");
    assertThat(run.code).isZero();
    assertThat(Files.readAllLines(log)).anySatisfy(line -> assertThat(line)
        .contains(" org.compacts.samples.SampleCompacts source: shared objects file (top)"));
  }

  @Test
  void loadsPicocliFromTheArchiveToo() throws Exception {
    // picocli's own jar is Java 5 bytecode, which an archive leaves out; the tool's copy is
    // compiled for Java 17 from picocli's sources.
    Path log = dir.resolve("classes.log");
    Jar run = launch(LAUNCHER, "-Xlog:class+load:file=" + log, "check", "leicestershire-compact",
        "events/leicestershire-grant-ends.json", "--as-of", "2025-01-31");
    assertThat(run.code).isZero();
    List<String> lines = Files.readAllLines(log);
    assertThat(lines).filteredOn(line -> line.contains(" picocli.")).hasSizeGreaterThan(100)
        .allSatisfy(line -> assertThat(line).endsWith("source: shared objects file (top)"));
  }

  @Test
  void runsThroughASymbolicLinkFromAFolderWithASpaceInItsName() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("my bin"));
    Path link = Files.createSymbolicLink(bin.resolve("compact"), LAUNCHER.toAbsolutePath());
    assertSameAsJar(link);
  }

  @Test
  void fallsBackSilentlyWhenTheArchiveBelongsToAnotherJar() throws Exception {
    // The archive names the jar it was made with; this copy is another file.
    assertSameAsJar(copyOfTheTool());
  }

  @Test
  void fallsBackSilentlyWhenTheArchiveWasMadeByAnotherJvm() throws Exception {
    assertFallsBackWhenTheArchiveIs(bytes -> {
      String header = new String(bytes, 0, 4096, StandardCharsets.ISO_8859_1);
      int at = header.indexOf(System.getProperty("java.vm.version"));
      assertThat(at).as("the JVM's version in the archive's header").isPositive();
      bytes[at] = (byte) (bytes[at] == '9' ? '8' : bytes[at] + 1);
      return bytes;
    });
  }

  @Test
  void fallsBackSilentlyWhenTheArchiveIsCorrupt() throws Exception {
    assertFallsBackWhenTheArchiveIs(bytes -> {
      new Random(18).nextBytes(bytes);
      return bytes;
    });
  }

  @Test
  void leavesOutATruncatedArchiveWhichWouldCrashTheJvm() throws Exception {
    assertFallsBackWhenTheArchiveIs(bytes -> Arrays.copyOf(bytes, bytes.length / 2));
  }

  @Test
  void runsWithoutAnArchive() throws Exception {
    Path launcher = copyOfTheTool();
    Files.delete(launcher.resolveSibling("compact.jsa"));
    assertSameAsJar(launcher);
  }

  /** Runs a copy of the tool whose archive is changed, as java -jar would run. */
  private void assertFallsBackWhenTheArchiveIs(UnaryOperator<byte[]> change) throws Exception {
    Path launcher = copyOfTheTool();
    Path archive = launcher.resolveSibling("compact.jsa");
    byte[] changed = change.apply(Files.readAllBytes(archive));
    Files.delete(archive);   // made read-only by the JVM
    Files.write(archive, changed);
    assertSameAsJar(launcher);
  }

  /** The launcher, jar and archive, copied (with their dates) to a folder of their own. */
  private Path copyOfTheTool() throws IOException {
    Path to = Files.createDirectories(dir.resolve("copy of the tool"));
    for (Path file : List.of(LAUNCHER, Jar.JAR, ARCHIVE)) {
      Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
    }
    return to.resolve(LAUNCHER.getFileName());
  }

  private static void assertSameAsJar(Path launcher) throws Exception {
    List<String[]> runs = runs();
    for (int i = 0; i < runs.size(); i++) {
      Jar expected = EXPECTED.get(i);
      Jar actual = launch(launcher, "", runs.get(i));
      String what = launcher + " " + String.join(" ", runs.get(i));
      assertThat(actual.code).as(what).isEqualTo(expected.code);
      assertThat(actual.out).as(what).isEqualTo(expected.out);
      assertThat(actual.err).as(what).isEqualTo(expected.err);
    }
  }

  private static Jar launch(Path launcher, String javaOpts, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("JAVA_OPTS", javaOpts);
    return Jar.exec(builder);
  }
}
