package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each command loads only what it uses, read from the JVM's class-loading log of the packaged
 * tool: no JSON mapper where no JSON is read or written, no sample that was not named, and no
 * Hibernate Validator unless a constraint needs it.
 */
class CommandClassesIT {
  private static final String MAPPER = "tools.jackson.core.json.JsonFactory";
  private static final String VALIDATOR = "org.hibernate.validator.";
  private static final String DOCUMENT =
      "samples/src/main/resources/org/compacts/samples/leicestershire-compact.json";

  @TempDir
  Path dir;

  @Test
  void listReadsTheIndexAndBuildsNoSample() throws Exception {
    List<String> classes = classesLoadedBy("list");
    assertThat(classes).doesNotContain(MAPPER, "org.compacts.model.Compact")
        .filteredOn(c -> c.startsWith("org.compacts.samples."))
        .containsExactly("org.compacts.samples.SampleCompacts");
    // The verifier loads the few exception classes the tool's methods name, nothing more.
    assertThat(classes).as("a bare list builds no command model")
        .noneMatch(c -> c.startsWith("picocli.CommandLine$Model"))
        .filteredOn(c -> c.startsWith("picocli.")).hasSizeLessThan(10);
    assertThat(classesLoadedBy("list", "--help"))
        .anyMatch(c -> c.startsWith("picocli.CommandLine$Model"));
  }

  @Test
  void showAndSchemaPrintDocumentsWithoutAMapper() throws Exception {
    assertThat(classesLoadedBy("show", "leicestershire-compact")).doesNotContain(MAPPER);
    assertThat(classesLoadedBy("schema")).doesNotContain(MAPPER);
    assertThat(classesLoadedBy("schema", "event")).doesNotContain(MAPPER);
  }

  @Test
  void checkBuildsTheNamedSampleOnlyAndNoHibernateValidator() throws Exception {
    List<String> classes = classesLoadedBy("check", "leicestershire-compact",
        "events/leicestershire-funding.json", "--as-of", "2025-04-01");
    assertThat(classes).contains(MAPPER, "org.compacts.samples.LeicestershireCompact")
        .doesNotContain("org.compacts.samples.SandwellCompact")
        .noneMatch(c -> c.startsWith(VALIDATOR));
    assertThat(classes).as("logging is configured only when something logs")
        .doesNotContain("java.util.logging.LogManager");
  }

  @Test
  void validateUsesTheLibrarysOwnConstraintWalk() throws Exception {
    assertThat(classesLoadedBy("validate", DOCUMENT)).noneMatch(c -> c.startsWith(VALIDATOR));
  }

  @Test
  void anUnusualEmailAddressIsStillPutToHibernateValidator() throws Exception {
    String document = Files.readString(Path.of(DOCUMENT));
    String usual = "dave.c@valonline.org.uk";
    assertThat(document).contains(usual);
    Path good = dir.resolve("good.json");
    Files.writeString(good, document.replace(usual, "chair@b\u00fccher.example"));
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, document.replace(usual, "chair@@bucher.example"));
    Jar ok = Jar.run("validate", good.toString());
    assertThat(ok.out).isEqualTo(good + ": ok\n");
    Jar refused = Jar.run("validate", bad.toString());
    assertThat(refused.code).isEqualTo(1);
    assertThat(refused.out).contains("is not an email address");
    assertThat(classesLoadedBy("validate", good.toString()))
        .anyMatch(c -> c.startsWith(VALIDATOR));
  }

  private List<String> classesLoadedBy(String... args) throws Exception {
    Path log = Files.createTempFile(dir, "classes", ".log");
    Jar run = Jar.runWith(List.of("-Xlog:class+load:file=" + log), args);
    assertThat(run.err).as(String.join(" ", args)).isEmpty();
    // [0.012s][info][class,load] java.lang.Object source: shared objects file
    return Files.readAllLines(log).stream()
        .map(line -> line.substring(line.indexOf("] ", line.indexOf("[class,load]")) + 2))
        .map(line -> line.substring(0, line.indexOf(' ')))
        .collect(Collectors.toList());
  }
}
