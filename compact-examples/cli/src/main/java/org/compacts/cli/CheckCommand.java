package org.compacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.compacts.json.CompactJsonException;
import org.compacts.json.EventLine;
import org.compacts.json.EventLineReader;
import org.compacts.json.JsonProblem;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.compacts.rules.Finding;
import org.compacts.rules.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compact check ID-or-FILE EVENT-FILE [--as-of yyyy-MM-dd] [--ndjson]}: checks events
 * against a compact's rules and prints the findings.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check events against a compact's rules and print the findings.",
        "EVENT-FILE holds one event or a JSON array of events (findings: a JSON array), or",
        "newline-delimited JSON, one event per line (.ndjson or --ndjson; findings: one per",
        "line, streamed). Exit 0 when no finding is not-met, 1 when some is, 2 on bad input."})
final class CheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID-or-FILE",
      description = "A built-in sample id (see 'compact list') or a compact JSON file.")
  String source;

  @Parameters(index = "1", paramLabel = "EVENT-FILE", description = "The events to check.")
  Path events;

  @Option(names = "--as-of", paramLabel = "yyyy-MM-dd",
      description = "The day of evaluation (default: today).")
  LocalDate asOf;

  @Option(names = "--ndjson", description = "Read EVENT-FILE as newline-delimited JSON.")
  boolean ndjson;

  @Override
  public Integer call() {
    Json json = Json.shared();
    Compact compact = Sources.compact(source, json);
    LocalDate day = asOf != null ? asOf : LocalDate.now();
    Checker checker = Checker.of(compact, day);
    if (ndjson || events.getFileName().toString().endsWith(".ndjson")) {
      return stream(json, checker);
    }
    List<Event> list;
    try {
      list = json.readEvents(events);
    } catch (CompactJsonException e) {
      throw new CliException(Json.first(events.toString(), e), e);
    } catch (IOException e) {
      throw new CliException(cannotRead(e), e);
    }
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      try {
        findings.addAll(checker.check(list.get(i)));
      } catch (DateTimeException e) {
        throw new CliException(events + ": event " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json.writeFindings(findings));
    out.flush();
    return findings.stream().anyMatch(f -> f.getOutcome() == Outcome.NOT_MET)
        ? CompactCommand.FINDINGS : CompactCommand.OK;
  }

  /** Reads, checks and writes one line at a time, so any number of events runs in small heap. */
  private int stream(Json json, Checker checker) {
    PrintWriter err = spec.commandLine().getErr();
    boolean notMet = false;
    boolean badLine = false;
    try (EventLineReader lines = json.readEventLines(Files.newInputStream(events));
        FindingLines out = json.findingLines(spec.commandLine().getOut())) {
      for (EventLine line = lines.next(); line != null; line = lines.next()) {
        if (!line.hasEvent()) {
          JsonProblem first = line.getProblems().get(0);
          err.println("compact: " + events + ":" + line.getNumber() + ": " + first.getPointer()
              + ": " + first.getMessage());
          badLine = true;
          continue;
        }
        List<Finding> findings;
        try {
          findings = checker.check(line.getEvent());
        } catch (DateTimeException e) {
          err.println("compact: " + events + ":" + line.getNumber() + ": " + e.getMessage());
          badLine = true;
          continue;
        }
        for (Finding f : findings) {
          out.write(f);
          notMet |= f.getOutcome() == Outcome.NOT_MET;
        }
      }
    } catch (IOException e) {
      throw new CliException(cannotRead(e), e);
    }
    return badLine ? CompactCommand.BAD_INPUT : notMet ? CompactCommand.FINDINGS
        : CompactCommand.OK;
  }

  private String cannotRead(IOException e) {
    return "cannot read " + events + ": "
        + (e instanceof NoSuchFileException ? "no such file" : e.getMessage());
  }
}
