package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.compacts.model.Compact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's JSON example, kept compiling and true. */
class ReadmeJsonExampleTest {
  @Test
  void readingAndWritingACompactInThreeLines(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("exampleshire-compact.json"), Documents.SMALL);
    Path copy = dir.resolve("copy.json");

    CompactJson json = CompactJson.create();
    Compact compact = json.read(dir.resolve("exampleshire-compact.json"));   // strict and validated
    json.write(compact, dir.resolve("copy.json"));                            // canonical, byte-stable

    assertThat(compact).isEqualTo(Documents.small());
    assertThat(Files.readString(copy)).isEqualTo(Documents.SMALL);
  }

  @Test
  void theProblemQuotedInTheReadme() {
    String doc = Documents.SMALL.replace("\"funding\"\n", "\"fundin\"\n");
    CompactJsonException e = catchThrowableOfType(CompactJsonException.class,
        () -> CompactJson.create().read(doc));
    assertThat(e.getProblems()).hasSize(1);
    assertThat(e.getProblems().get(0)).hasToString("31:9: /undertakings/0/codesOfPractice/0:"
        + " undertakings[0].codesOfPractice[0] names code of practice 'fundin', but the compact"
        + " has no code of practice with that id.");
  }
}
