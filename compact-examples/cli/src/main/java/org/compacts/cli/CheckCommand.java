package org.compacts.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code compact check ID-or-FILE EVENT-FILE [--as-of yyyy-MM-dd] [--ndjson]
 * [--holidays FILE [--division NAME]]}: checks events against a compact's rules and prints the
 * findings.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check events against a compact's rules and print the findings.",
        "EVENT-FILE holds one event or a JSON array of events (findings: a JSON array), or",
        "newline-delimited JSON, one event per line (.ndjson or --ndjson; findings: one per",
        "line, streamed). Each finding names its event's position (event, from 0) and id.",
        "Events of a type no rule of the compact reads are counted on standard error.",
        "'-' reads standard input (for one of the two arguments). Exit 0 when no finding",
        "is not-met, 1 when some is, 2 on bad input."})
final class CheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @ParentCommand
  CompactCommand top;

  @Parameters(index = "0", paramLabel = "ID-or-FILE",
      description = "A built-in sample id (see 'compact list'), a compact JSON file, or '-'"
          + " for standard input.")
  String source;

  @Parameters(index = "1", paramLabel = "EVENT-FILE",
      description = "The events to check, or '-' for standard input.")
  String events;

  @Option(names = "--as-of", paramLabel = "yyyy-MM-dd",
      description = "The day of evaluation (default: today).")
  LocalDate asOf;

  @Option(names = "--ndjson", description = "Read EVENT-FILE as newline-delimited JSON.")
  boolean ndjson;

  @Mixin
  HolidayOptions holidays;

  @Override
  public Integer call() {
    FileArguments.requireStandardInputOnce(List.of(source, events));
    Compact compact = Sources.compact(source, top.in);
    LocalDate day = asOf != null ? asOf : LocalDate.now();
    Checker checker = Checker.of(compact, day, holidays.calendar());
    Json json = Json.shared();
    if (ndjson || events.endsWith(".ndjson")) {
      return stream(json, checker);
    }
    List<Event> list;
    try (InputStream in = FileArguments.open(events, top.in)) {
      list = json.readEvents(in);
    } catch (CompactJsonException e) {
      throw new CliException(Json.first(events, e), e);
    } catch (IOException e) {
      throw new CliException(cannotRead(e), e);
    }
    List<Finding> findings = new ArrayList<>();
    Map<String, Long> unjudged = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      List<Finding> each;
      try {
        each = checker.check(list.get(i), i);
      } catch (DateTimeException e) {
        throw new CliException(events + ": event " + (i + 1) + ": "
            + HolidayOptions.describe(e), e);
      }
      if (each.isEmpty()) {
        unjudged.merge(list.get(i).type(), 1L, Long::sum);
      }
      findings.addAll(each);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json.writeFindings(findings));
    out.flush();
    report(checker, unjudged);
    return findings.stream().anyMatch(f -> f.getOutcome() == Outcome.NOT_MET)
        ? CompactCommand.FINDINGS : CompactCommand.OK;
  }

  /** Reads, checks and writes one line at a time, so any number of events runs in small heap. */
  private int stream(Json json, Checker checker) {
    boolean[] notMet = {false};
    boolean badLine;
    Map<String, Long> unjudged = new LinkedHashMap<>();
    try (EventLineReader lines = json.readEventLines(FileArguments.open(events, top.in));
        FindingLines out = json.findingLines(spec.commandLine().getOut())) {
      badLine = checker.checkLines(lines, events, top, spec.commandLine().getErr(),
          (event, findings) -> {
            if (findings.isEmpty()) {
              unjudged.merge(event.type(), 1L, Long::sum);
            }
            for (Finding f : findings) {
              out.write(f);
              notMet[0] |= f.getOutcome() == Outcome.NOT_MET;
            }
          });
    } catch (IOException e) {
      throw new CliException(cannotRead(e), e);
    }
    report(checker, unjudged);
    return badLine ? CompactCommand.BAD_INPUT : notMet[0] ? CompactCommand.FINDINGS
        : CompactCommand.OK;
  }

  /** One line on standard error per event type that no rule read, with the count. */
  private void report(Checker checker, Map<String, Long> unjudged) {
    PrintWriter err = spec.commandLine().getErr();
    checker.unjudged(unjudged).forEach(err::println);
    err.flush();
  }

  private String cannotRead(IOException e) {
    return FileArguments.cannotRead(events, FileArguments.reason(e));
  }
}
