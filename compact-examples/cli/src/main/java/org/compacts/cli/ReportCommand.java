package org.compacts.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.compacts.json.CompactJsonException;
import org.compacts.json.EventLine;
import org.compacts.json.EventLineReader;
import org.compacts.json.JsonProblem;
import org.compacts.json.grants.ThreeSixtyGiving;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code compact report ID-or-FILE EVENT-FILE [--as-of] [--format markdown|html]}: checks the
 * events against a compact and prints a compliance summary of the findings. Takes
 * {@code --holidays FILE [--division NAME]} as {@code check} does.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Check events against a compact and summarise the findings: by rule and"
        + " outcome, by funder, by year, money by outcome, the events no rule reads, and the"
        + " events not met or pending with their reasons.",
        "EVENT-FILE holds one event or a JSON array of them, newline-delimited events (.ndjson"
            + " or --ndjson), or grants in the 360Giving standard (a JSON package or CSV).",
        "--format html gives one self-contained page with charts, to keep or send.",
        "Exit 0 when the report was made, 2 on bad input."})
final class ReportCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { markdown, html }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID-or-FILE",
      description = "A built-in sample id (see 'compact list') or a compact JSON file.")
  String source;

  @Parameters(index = "1", paramLabel = "EVENT-FILE",
      description = "The events to check, or '-' for standard input.")
  String events;

  @ParentCommand
  CompactCommand top;

  @Option(names = "--as-of", paramLabel = "yyyy-MM-dd",
      description = "The day of evaluation (default: today).")
  LocalDate asOf;

  @Option(names = "--format", defaultValue = "markdown", paramLabel = "markdown|html",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--ndjson", description = "Read EVENT-FILE as newline-delimited JSON.")
  boolean ndjson;

  @Mixin
  SectorOptions sectors;

  @Mixin
  HolidayOptions holidays;

  @Override
  public Integer call() {
    FileArguments.requireStandardInputOnce(List.of(source, events));
    Compact compact = Sources.compact(source, top.in);
    LocalDate day = asOf != null ? asOf : LocalDate.now();
    Checker checker = Checker.of(compact, day, holidays.calendar());
    Json json = Json.shared();
    ReportTally tally = new ReportTally(compact, day);
    PrintWriter err = spec.commandLine().getErr();
    String name = TerminalText.escape(events);
    boolean bad = false;
    try {
      if (ndjson || events.endsWith(".ndjson")) {
        bad = lines(json, checker, tally, err);
      } else if (!FileArguments.isStandardInput(events)
          && ThreeSixtyGiving.isGrantsFile(FileArguments.path(events))) {
        new GrantInput(events, top.in, sectors.reader(), err, false)
            .readInto(award -> {
              tally.add(tally.events(), award, checker.check(award, tally.events()));
              return true;
            });
      } else {
        List<Event> list;
        try (InputStream in = FileArguments.open(events, top.in)) {
          list = json.readEvents(in);
        }
        for (Event event : list) {
          tally.add(tally.events(), event, check(checker, event, name, tally.events()));
        }
      }
    } catch (CompactJsonException e) {
      throw new CliException(Json.first(name, e), e);
    } catch (IOException e) {
      throw new CliException(FileArguments.cannotRead(events, FileArguments.reason(e)), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.html ? ReportHtml.render(tally) : ReportMarkdown.render(tally));
    out.flush();
    return bad ? CompactCommand.BAD_INPUT : CompactCommand.OK;
  }

  private boolean lines(Json json, Checker checker, ReportTally tally, PrintWriter err)
      throws IOException {
    try (EventLineReader lines = json.readEventLines(FileArguments.open(events, top.in))) {
      return checker.checkLines(lines, events, top, err,
          (event, findings) -> tally.add(tally.events(), event, findings));
    }
  }

  private static List<org.compacts.rules.Finding> check(Checker checker, Event event,
      String name, long position) {
    try {
      return checker.check(event, position);
    } catch (DateTimeException e) {
      throw new CliException(name + ": event " + (position + 1) + ": "
          + HolidayOptions.describe(e), e);
    }
  }
}
