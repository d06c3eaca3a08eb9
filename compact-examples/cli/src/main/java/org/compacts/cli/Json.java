package org.compacts.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import org.compacts.json.CompactJson;
import org.compacts.json.CompactJsonException;
import org.compacts.json.EventLineReader;
import org.compacts.json.JsonProblem;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.compacts.rules.Finding;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The tool's JSON: one shared {@link CompactJson}, plus findings written one per line. A command
 * that reads JSON has its mapper and deserializers built on a thread of their own while picocli
 * builds its model of the command line ({@link JsonPreparation}).
 */
final class Json {
  private static final Json SHARED = new Json(CompactJson.create());

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
    JsonPreparation.await();
    return SHARED;
  }

  /** Returns the shared JSON without waiting: for the preparation itself. */
  static Json unprepared() {
    return SHARED;
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
    JsonPreparation.awaitWriters();
    return json.writeFindings(findings);
  }

  /**
   * Returns a writer of findings to {@code out}, one JSON object a line. It is built on a mapper
   * of its own, so it waits for none of the writers the preparation builds.
   */
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
