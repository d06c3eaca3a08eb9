package org.compacts.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.compacts.json.CompactJson;
import org.compacts.json.CompactJsonException;
import org.compacts.json.EventLineReader;
import org.compacts.json.JsonProblem;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.compacts.rules.Finding;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The tool's JSON: one shared {@link CompactJson}, plus findings written one per line. A command
 * that reads JSON has its mapper and deserializers built on a thread of their own while picocli
 * builds its model of the command line ({@link #prepare}).
 */
final class Json {
  private static final Json SHARED = new Json(CompactJson.create());

  /**
   * What each command that reads JSON will need first, beyond the mapper: building a
   * deserializer is most of what a first read costs.
   */
  private static final Map<String, Consumer<JsonMapper>> NEEDS = Map.of(
      "check", Json::events,
      "report", Json::events,
      "validate", mapper -> mapper.readerFor(Compact.class),
      "import", mapper -> mapper.writerFor(Event.class),
      "diff", Json::nothingMore,
      "compare", Json::nothingMore);

  /** The preparation begun by {@link #prepare}; null before, and in a JVM that never runs one. */
  private static FutureTask<Void> preparing;

  private final CompactJson json;
  /** Built by the first {@link #findingLines}: only streaming checks write findings so. */
  private ObjectWriter findingLines;

  private Json(CompactJson json) {
    this.json = json;
  }

  /**
   * Returns the shared JSON, once the preparation begun for the command (if any) is done; a
   * preparation that failed throws here, on the command's own thread.
   */
  static Json shared() {
    FutureTask<Void> task = preparation();
    if (task != null) {
      try {
        task.get();
      } catch (InterruptedException e) {
        // The command's own calls build whatever the preparation had not.
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(e);
      }
    }
    return SHARED;
  }

  /**
   * Begins, once per JVM and on a daemon thread, building the mapper and the deserializers that
   * a command reading JSON will need: on two cores this overlaps picocli's model of the command
   * line, which takes about as long. Does nothing for other commands.
   *
   * @param command the command's name (the first argument)
   */
  static synchronized void prepare(String command) {
    Consumer<JsonMapper> needs = NEEDS.get(command);
    if (needs == null || preparing != null) {
      return;
    }
    preparing = new FutureTask<>(() -> needs.accept(SHARED.mapper()), null);
    Thread thread = new Thread(preparing, "compact-json-preparation");
    thread.setDaemon(true);
    thread.start();
  }

  private static synchronized FutureTask<Void> preparation() {
    return preparing;
  }

  /** For a command whose first need is the mapper itself (to name fields as JSON does). */
  private static void nothingMore(JsonMapper mapper) {}

  private static void events(JsonMapper mapper) {
    mapper.readerFor(Event.class);
    mapper.readerFor(new TypeReference<List<Event>>() {});
    mapper.writerFor(new TypeReference<List<Finding>>() {});
  }

  /** The shared library mapper, for outputs that build their own trees. */
  JsonMapper mapper() {
    return json.mapper();
  }

  Compact readCompact(InputStream in) throws IOException {
    return json.read(in);
  }

  String writeCompact(Compact compact) {
    return json.write(compact);
  }

  List<Event> readEvents(InputStream in) throws IOException {
    return json.readEvents(in);
  }

  EventLineReader readEventLines(InputStream in) {
    return json.readEventLines(in);
  }

  String writeFindings(List<Finding> findings) {
    return json.writeFindings(findings);
  }

  /** Returns a writer of findings to {@code out}, one JSON object a line. */
  FindingLines findingLines(PrintWriter out) {
    return new FindingLines(findingLinesWriter().writeValues(out), out);
  }

  private synchronized ObjectWriter findingLinesWriter() {
    if (findingLines == null) {
      ObjectWriter citation = json.mapper().writerFor(Citation.class)
          .without(SerializationFeature.INDENT_OUTPUT);
      findingLines = json.mapper().rebuild()
          .addModule(new SimpleModule("finding-lines")
              .addSerializer(Citation.class, new CitationCopies(citation)))
          .build()
          .writerFor(Finding.class)
          .without(SerializationFeature.INDENT_OUTPUT)
          .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
          .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .withRootValueSeparator(System.lineSeparator());
    }
    return findingLines;
  }

  String compactSchema() {
    return json.compactSchema();
  }

  String eventSchema() {
    return json.eventSchema();
  }

  /**
   * {@code FILE:LINE:COL: /pointer: message} for each problem of a document, the file name,
   * pointer and message (which quote input) escaped for the terminal.
   */
  static String located(String file, JsonProblem p) {
    return TerminalText.escape(file) + ":" + p.getLine() + ":" + p.getColumn() + ": "
        + TerminalText.escape(p.getPointer()) + ": " + TerminalText.escape(p.getMessage());
  }

  /** The first problem of a document, located in it: for one-line error reports. */
  static String first(String file, CompactJsonException e) {
    List<JsonProblem> problems = e.getProblems();
    String first = problems.isEmpty() ? e.getMessage() : located(file, problems.get(0));
    return problems.size() > 1 ? first + " (and " + (problems.size() - 1) + " more)" : first;
  }
}
