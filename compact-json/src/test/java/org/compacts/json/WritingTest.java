package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.Modality;
import org.compacts.rules.Assessment;
import org.compacts.rules.Event;
import org.compacts.rules.Outcome;
import org.compacts.rules.Rule;
import org.compacts.rules.RuleContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;

/**
 * Writing refuses what it cannot write well before it touches anything, and replaces a file
 * atomically: a failure leaves the old file as it was, byte for byte.
 */
class WritingTest {
  private static final byte[] OLD = "the old file, which must survive\n"
      .getBytes(StandardCharsets.UTF_8);

  private final CompactJson json = CompactJson.create();

  @TempDir
  Path dir;

  /** A compact with a dangling reference: it reads without validation but does not validate. */
  private Compact invalid() {
    return json.readUnvalidated(Documents.SMALL.replace("\"funding\"\n", "\"fundin\"\n"));
  }

  private Path oldFile() throws IOException {
    return Files.write(dir.resolve("compact.json"), OLD);
  }

  private List<String> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void nullArgumentsAreRefusedNamingThemBeforeAnythingIsTouched() throws IOException {
    Path file = oldFile();
    Compact compact = Documents.small();
    assertThatThrownBy(() -> json.write(null, file)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("compact");
    assertThatThrownBy(() -> json.write(compact, (Path) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("file");
    assertThatThrownBy(() -> json.writeUnvalidated(null, file))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("compact");
    assertThat(file).hasBinaryContent(OLD);
    assertThat(files()).containsExactly("compact.json");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> json.write(null, out)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("compact");
    assertThatThrownBy(() -> json.write(compact, (OutputStream) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("out");
    assertThatThrownBy(() -> json.write(compact, (Writer) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("out");
    assertThat(out.size()).isZero();
  }

  @Test
  void aCompactThatDoesNotValidateIsRefusedAndTheOldFileIsLeftByteForByte()
      throws IOException {
    Path file = oldFile();
    Compact invalid = invalid();
    CompactWriteException e = (CompactWriteException) org.assertj.core.api.Assertions
        .catchThrowable(() -> json.write(invalid, file));
    assertThat(e).isInstanceOf(CompactWriteException.class);
    assertThat(e.getViolations()).extracting(v -> v.getCode()).contains("dangling-reference");
    assertThat(e.getMessage()).startsWith("The compact 'example-compact' is not valid, so it"
        + " is not written").contains("fundin").contains("writeUnvalidated");
    FuzzContract.plain(e.getMessage());
    assertThat(file).hasBinaryContent(OLD);
    assertThat(files()).containsExactly("compact.json");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter writer = new StringWriter();
    assertThatThrownBy(() -> json.write(invalid, out)).isInstanceOf(CompactWriteException.class);
    assertThatThrownBy(() -> json.write(invalid, writer))
        .isInstanceOf(CompactWriteException.class);
    assertThatThrownBy(() -> json.write(invalid)).isInstanceOf(CompactWriteException.class);
    assertThatThrownBy(() -> json.writeBytes(invalid))
        .isInstanceOf(CompactWriteException.class);
    assertThat(out.size()).isZero();
    assertThat(writer.toString()).isEmpty();
  }

  @Test
  void writeUnvalidatedWritesADraftThatDoesNotValidateYet() throws IOException {
    Compact invalid = invalid();
    String text = json.writeUnvalidated(invalid);
    assertThat(json.readUnvalidated(text)).isEqualTo(invalid);
    Path file = oldFile();
    json.writeUnvalidated(invalid, file);
    assertThat(file).hasContent(text);
    assertThat(files()).containsExactly("compact.json");
  }

  @Test
  void aFileIsReplacedWholeKeepingItsPermissions() throws IOException {
    Path file = oldFile();
    Set<PosixFilePermission> permissions = PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(file, permissions);
    json.write(Documents.small(), file);
    assertThat(file).hasContent(Documents.SMALL);
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(permissions);
    assertThat(files()).containsExactly("compact.json");

    Path fresh = dir.resolve("new.json");
    json.write(Documents.small(), fresh);
    assertThat(fresh).hasContent(Documents.SMALL);
  }

  @Test
  void aFileThatCannotBeReplacedIsLeftAsItWas() throws IOException {
    Path file = oldFile();
    Path missing = dir.resolve("no-such-directory").resolve("compact.json");
    assertThatThrownBy(() -> json.write(Documents.small(), missing))
        .isInstanceOf(IOException.class);
    assertThat(files()).containsExactly("compact.json");
    assertThat(file).hasBinaryContent(OLD);
  }

  @Test
  void aRuleOfAClassWithNoKindIsAnErrorThatNamesIt() throws IOException {
    Compact compact = Documents.small().withRules(new HomeMadeRule());
    Path file = oldFile();
    for (ThrowingWrite write : List.<ThrowingWrite>of(() -> json.write(compact),
        () -> json.writeUnvalidated(compact), () -> json.write(compact, file),
        () -> json.writeUnvalidated(compact, file),
        () -> json.write(compact, new ByteArrayOutputStream()))) {
      assertThatThrownBy(write::run).isInstanceOf(CompactWriteException.class)
          .hasMessage("The rule 'home-made' is a " + HomeMadeRule.class.getName() + ", a rule"
              + " implementation with no kind in the rule catalog; register it with"
              + " RuleCatalog.withRuleKind before writing it.");
    }
    assertThat(file).hasBinaryContent(OLD);
    assertThatThrownBy(() -> json.mapper().writeValueAsString(compact))
        .isInstanceOf(JacksonException.class).hasMessageContaining(HomeMadeRule.class.getName())
        .hasMessageContaining("no kind in the rule catalog");
  }

  @Test
  void anEventOfAClassWithNoTypeIsAnErrorThatNamesIt() {
    Event event = () -> "home-made";
    assertThatThrownBy(() -> json.writeEvent(event)).isInstanceOf(CompactWriteException.class)
        .hasMessageContaining(event.getClass().getName())
        .hasMessageContaining("no type in the rule catalog");
    assertThatThrownBy(() -> json.writeEvents(List.of(event)))
        .isInstanceOf(CompactWriteException.class);
  }

  /** A rule implementation that no catalog names. */
  static final class HomeMadeRule implements Rule {
    @Override
    public String getId() {
      return "home-made";
    }

    @Override
    public Modality getModality() {
      return Modality.WILL;
    }

    @Override
    public Citation getSource() {
      return Citation.of("1", "Home made.");
    }

    @Override
    public String kind() {
      return "home-made";
    }

    @Override
    public String eventType() {
      return "dispute-step";
    }

    @Override
    public Assessment evaluate(Event event, RuleContext context) {
      return Assessment.of(Outcome.MET, "Always.");
    }
  }

  @FunctionalInterface
  interface ThrowingWrite {
    void run() throws Exception;
  }
}
