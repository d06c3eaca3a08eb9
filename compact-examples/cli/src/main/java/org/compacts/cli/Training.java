package org.compacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.compacts.samples.SampleCompacts;

/**
 * The training run of the package step: runs every command once, in one JVM, on the built-in
 * samples and a few events it writes to a temporary folder, output discarded, so that
 * {@code java -XX:ArchiveClassesAtExit=compact.jsa} archives the classes the commands load.
 * The {@code compact} launcher then starts the tool with that class-data-sharing archive.
 */
final class Training {
  private static final String EVENT = "{\"type\": \"funding-change\", \"change\": \"cessation\","
      + " \"arrangement\": \"grant\", \"decidedBy\": \"public\","
      + " \"affects\": [\"voluntary-community\"], \"noticeGivenOn\": \"2024-12-31\","
      + " \"takesEffectOn\": \"2025-03-31\"}";
  private static final String EVENT_LINES = EVENT + "\n" + "{\"type\": \"dispute-step\","
      + " \"stage\": 1, \"startedOn\": \"2025-03-03\"}\n{\"type\": \"funding-change\"}\n";

  private Training() {}

  /**
   * Runs the commands.
   *
   * @param args none
   * @throws IOException when the temporary files cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("compact-training");
    try {
      String leicestershire = "leicestershire-compact";
      Path compact = write(dir, "compact.json",
          SampleCompacts.canonicalJson(leicestershire).orElseThrow());
      Path invalid = write(dir, "invalid.json", "{\"formatVersion\": \"1.0\", \"id\": \"Bad\"}");
      Path event = write(dir, "event.json", EVENT);
      Path events = write(dir, "events.json", "[" + EVENT + "]");
      Path lines = write(dir, "events.ndjson", EVENT_LINES);
      List<String[]> runs = new ArrayList<>();
      runs.add(new String[] {"list"});
      for (String id : SampleCompacts.ids()) {
        runs.add(new String[] {"show", id, "--format", "markdown"});
      }
      runs.add(new String[] {"show", leicestershire});
      runs.add(new String[] {"show", compact.toString()});
      runs.add(new String[] {"validate", compact.toString(), invalid.toString()});
      runs.add(new String[] {"check", leicestershire, event.toString(), "--as-of", "2025-01-31"});
      runs.add(new String[] {"check", compact.toString(), events.toString()});
      runs.add(new String[] {"check", leicestershire, lines.toString()});
      runs.add(new String[] {"schema"});
      runs.add(new String[] {"schema", "event"});
      runs.add(new String[] {"--help"});
      runs.add(new String[] {"no-such-command"});
      PrintWriter none = new PrintWriter(Writer.nullWriter());
      for (String[] run : runs) {
        CompactCommand.run(none, none, run);
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
