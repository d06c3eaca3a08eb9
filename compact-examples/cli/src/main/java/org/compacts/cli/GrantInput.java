package org.compacts.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

  private final Path file;
  private final ThreeSixtyGiving giving;
  private final PrintWriter err;
  private final boolean warnings;

  GrantInput(Path file, ThreeSixtyGiving giving, PrintWriter err, boolean warnings) {
    this.file = file;
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
    String name = Terminal.clean(file.toString());
    try (InputStream in = open(file); GrantReader grants = giving.open(in)) {
      for (ImportedGrant grant = grants.next(); grant != null; grant = grants.next()) {
        if (!grant.isRead()) {
          err.println("compact: " + name + ": " + Terminal.clean(grant.getLocation()) + ": "
              + Terminal.clean(String.join(" ", grant.getProblems())));
          continue;
        }
        if (warnings) {
          for (String w : grant.getWarnings()) {
            err.println("compact: " + name + ": warning: " + Terminal.clean(grant.getLocation())
                + ": " + Terminal.clean(w));
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
      throw new CliException(name + ": " + Terminal.clean(e.getMessage()), e);
    } catch (IOException e) {
      throw new CliException("cannot read " + name + ": "
          + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()), e);
    }
    err.flush();
  }

  /** Opens a file, or standard input for {@code -}; the caller closes it. */
  static InputStream open(Path file) throws IOException {
    if (file.toString().equals("-")) {
      return new java.io.FilterInputStream(System.in) {
        @Override
        public void close() {
          // standard input stays open
        }
      };
    }
    return Files.newInputStream(file);
  }
}
