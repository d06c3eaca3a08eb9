package org.compacts.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import org.compacts.json.grants.GrantFileException;
import org.compacts.json.grants.GrantReader;
import org.compacts.json.grants.ImportedGrant;
import org.compacts.json.grants.ThreeSixtyGiving;
import org.compacts.rules.FundingAward;

/**
 * The grants of a 360Giving file as the tool reads them: each grant that cannot be read is
 * reported on standard error with its place and identifier and skipped, warnings likewise, and
 * a summary line counts them at the end.
 */
final class GrantInput {
  /** What is done with each grant read. */
  interface Sink {
    /** Takes one award; returns false to stop reading (the output went away). */
    boolean accept(FundingAward award);
  }

  private final String file;
  private final InputStream standardInput;
  private final ThreeSixtyGiving giving;
  private final PrintWriter err;
  private final boolean warnings;

  GrantInput(String file, InputStream standardInput, ThreeSixtyGiving giving, PrintWriter err,
      boolean warnings) {
    this.file = file;
    this.standardInput = standardInput;
    this.giving = giving;
    this.err = err;
    this.warnings = warnings;
  }

  /**
   * Reads every grant into the sink.
   *
   * @throws CliException when the file cannot be read or is not 360Giving data
   */
  void readInto(Sink sink) {
    String name = TerminalText.escape(file);
    try (InputStream in = FileArguments.open(file, standardInput); GrantReader grants = giving.open(in)) {
      for (ImportedGrant grant = grants.next(); grant != null; grant = grants.next()) {
        if (!grant.isRead()) {
          err.println("compact: " + name + ": " + TerminalText.escape(grant.getLocation()) + ": "
              + TerminalText.escape(String.join(" ", grant.getProblems())));
          continue;
        }
        if (warnings) {
          for (String w : grant.getWarnings()) {
            err.println("compact: " + name + ": warning: " + TerminalText.escape(grant.getLocation())
                + ": " + TerminalText.escape(w));
          }
        }
        if (!sink.accept(grant.getEvent())) {
          return;
        }
      }
      err.println("compact: " + name + ": " + String.format(Locale.UK,
          "%,d grants imported, %,d skipped, %,d warnings.", grants.getRead(),
          grants.getSkipped(), grants.getWarnings()));
    } catch (GrantFileException e) {
      throw new CliException(name + ": " + TerminalText.escape(e.getMessage()), e);
    } catch (IOException e) {
      throw new CliException(FileArguments.cannotRead(file, FileArguments.reason(e)), e);
    }
    err.flush();
  }
}
