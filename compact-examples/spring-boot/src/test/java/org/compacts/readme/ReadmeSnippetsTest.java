package org.compacts.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Java snippet of the README stands, line for line and in order, in one test source of
 * the build, which compiles and runs it: so each snippet compiles and does what the README
 * says. Between two lines of a snippet the test may hold a few lines of its own (assertions,
 * comments); indentation is not compared.
 */
class ReadmeSnippetsTest {
  /** Most lines a test may put between two lines of a snippet. */
  private static final int GAP = 8;

  private static final Path ROOT = Path.of(System.getProperty("compacts.root"));

  static List<List<String>> snippets(List<String> readme) {
    List<List<String>> snippets = new ArrayList<>();
    List<String> current = null;
    for (String line : readme) {
      if (current == null && line.strip().equals("```java")) {
        current = new ArrayList<>();
      } else if (current != null && line.strip().equals("```")) {
        snippets.add(current);
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return snippets;
  }

  /** Whether the snippet's non-blank lines stand in order in the source, a few lines apart. */
  static boolean standsIn(List<String> snippet, List<String> source) {
    List<String> wanted = snippet.stream().map(String::strip).filter(l -> !l.isEmpty())
        .collect(Collectors.toList());
    List<String> lines = source.stream().map(String::strip).collect(Collectors.toList());
    for (int start = 0; start < lines.size(); start++) {
      if (lines.get(start).equals(wanted.get(0)) && followsFrom(wanted, lines, start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean followsFrom(List<String> wanted, List<String> lines, int start) {
    int at = start;
    for (int i = 1; i < wanted.size(); i++) {
      int next = -1;
      for (int j = at + 1; j < lines.size() && j <= at + 1 + GAP; j++) {
        if (lines.get(j).equals(wanted.get(i))) {
          next = j;
          break;
        }
      }
      if (next < 0) {
        return false;
      }
      at = next;
    }
    return true;
  }

  private static List<Path> testSources() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> p.toString().contains("/src/test/java/")
              || p.toString().contains("/src/it/"))
          .filter(p -> !p.toString().contains("/target/"))
          .collect(Collectors.toList());
    }
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyJavaSnippetStandsInATestSource() throws IOException {
    List<List<String>> snippets = snippets(read(ROOT.resolve("README.md")));
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(9);
    List<Path> sources = testSources();
    return snippets.stream().map(snippet -> DynamicTest.dynamicTest(
        "README snippet: " + snippet.stream().filter(l -> !l.isBlank()).findFirst().orElse(""),
        () -> assertThat(sources)
            .as("a test source holding the README snippet%n%s", String.join("\n", snippet))
            .anyMatch(source -> standsIn(snippet, read(source)))));
  }

  @Test
  void aSnippetMustStandInOrderAndCloseTogether() {
    List<String> source = List.of("int a = 1;", "assertThat(a).isOne();", "int b = a + 1;");
    assertThat(standsIn(List.of("int a = 1;", "", "  int b = a + 1;"), source)).isTrue();
    assertThat(standsIn(List.of("int b = a + 1;", "int a = 1;"), source)).isFalse();
    assertThat(standsIn(List.of("int a = 1;", "int c = 3;"), source)).isFalse();
    List<String> far = new ArrayList<>(List.of("int a = 1;"));
    for (int i = 0; i <= GAP; i++) {
      far.add("// filler");
    }
    far.add("int b = a + 1;");
    assertThat(standsIn(List.of("int a = 1;", "int b = a + 1;"), far)).isFalse();
  }
}
