package org.compacts.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * What each published artifact carries, read from the repository that invoker:install filled
 * with this build's artifacts, as Maven Central would receive them.
 */
class PublishedArtifactsIT {
  private static final Path REPOSITORY = Path.of(System.getProperty("compacts.repository"));
  private static final String VERSION = System.getProperty("compacts.version");

  private static Path file(String artifact, String suffix) {
    return REPOSITORY.resolve("org/compacts").resolve(artifact).resolve(VERSION)
        .resolve(artifact + "-" + VERSION + suffix);
  }

  @ParameterizedTest
  @CsvSource({
    "compact-core, org.compacts.core",
    "compact-json, org.compacts.json",
    "compact-samples, org.compacts.samples",
    "compact-cli, org.compacts.cli",
    "compact-testkit, org.compacts.testkit",
  })
  void everyJarDeclaresAStableModuleName(String artifact, String moduleName) throws IOException {
    Path jar = file(artifact, ".jar");
    try (JarFile in = new JarFile(jar.toFile())) {
      Manifest manifest = in.getManifest();
      assertThat(manifest.getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo(moduleName);
      assertThat(manifest.getMainAttributes().getValue("Implementation-Version"))
          .isEqualTo(VERSION);
    }
    // The name the module system itself derives from the jar.
    Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
    assertThat(found).extracting(r -> r.descriptor().name()).containsExactly(moduleName);
    assertThat(found.iterator().next().descriptor().isAutomatic()).isTrue();
    assertThat(ModuleDescriptor.Version.parse(VERSION)).isNotNull();
  }

  @ParameterizedTest
  @CsvSource({"compact-core", "compact-json", "compact-samples", "compact-cli", "compact-testkit"})
  void everyJarComesWithItsSourcesAndJavadoc(String artifact) throws IOException {
    for (String suffix : List.of("-sources.jar", "-javadoc.jar")) {
      Path jar = file(artifact, suffix);
      assertThat(jar).isRegularFile();
      try (JarFile in = new JarFile(jar.toFile())) {
        assertThat(in.stream().map(e -> e.getName()))
            .anyMatch(name -> name.endsWith(suffix.equals("-sources.jar") ? ".java" : ".html"));
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"compact-core", "compact-json", "compact-samples", "compact-cli", "compact-testkit"})
  void everyPomNamesAndDescribesItsArtifact(String artifact) throws IOException {
    String pom = Files.readString(file(artifact, ".pom"), StandardCharsets.UTF_8);
    assertThat(pom).contains("<name>" + artifact + "</name>").contains("<description>");
  }

  @Test
  void theParentPomHasWhatCentralRequires() throws IOException {
    String pom = Files.readString(REPOSITORY.resolve("org/compacts/compacts-parent")
        .resolve(VERSION).resolve("compacts-parent-" + VERSION + ".pom"), StandardCharsets.UTF_8);
    assertThat(pom).contains("<url>https://").contains("<name>Apache-2.0</name>")
        .contains("<developers>").contains("<scm>").contains("<connection>scm:git:")
        .contains("<inceptionYear>");
  }

  @Test
  void theSamplesNeedOnlyTheLibrary() throws IOException {
    String pom = Files.readString(file("compact-samples", ".pom"), StandardCharsets.UTF_8);
    String main = pom.substring(pom.indexOf("<dependencies>"));
    List<String> compileScope = Stream.of(main.split("<dependency>"))
        .skip(1)
        .filter(d -> !d.contains("<scope>test</scope>"))
        .map(d -> d.substring(d.indexOf("<artifactId>") + 12, d.indexOf("</artifactId>")))
        .collect(Collectors.toList());
    assertThat(compileScope).containsExactlyInAnyOrder("compact-core", "compact-json");
  }

  @Test
  void theBenchmarksAreNeverPublished() {
    assertThat(REPOSITORY.resolve("org/compacts/compact-benchmarks")).doesNotExist();
  }
}
