package org.compacts.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.compacts.json.CompactJsonException;
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
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean notMet = false;
    boolean badLine = false;
    try (BufferedReader in = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        List<Finding> findings;
        try {
          findings = checker.check(json.readEvent(line));
        } catch (CompactJsonException e) {
          err.println("compact: " + events + ":" + number + ": " + firstMessage(e));
          badLine = true;
          continue;
        } catch (DateTimeException e) {
          err.println("compact: " + events + ":" + number + ": " + e.getMessage());
          badLine = true;
          continue;
        }
        for (Finding f : findings) {
          out.println(json.writeFindingLine(f));
          notMet |= f.getOutcome() == Outcome.NOT_MET;
        }
      }
    } catch (IOException e) {
      throw new CliException(cannotRead(e), e);
    }
    out.flush();
    return badLine ? CompactCommand.BAD_INPUT : notMet ? CompactCommand.FINDINGS
        : CompactCommand.OK;
  }

  private static String firstMessage(CompactJsonException e) {
    return e.getProblems().isEmpty() ? e.getMessage()
        : e.getProblems().get(0).getPointer() + ": " + e.getProblems().get(0).getMessage();
  }

  private String cannotRead(IOException e) {
    return "cannot read " + events + ": "
        + (e instanceof NoSuchFileException ? "no such file" : e.getMessage());
  }
}
