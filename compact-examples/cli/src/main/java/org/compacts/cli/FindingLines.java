package org.compacts.cli;

import java.io.PrintWriter;
import org.compacts.rules.Finding;
import tools.jackson.databind.SequenceWriter;

/**
 * Writes findings to the tool's output one JSON object a line, each line ended as
 * {@code println} ends it, through one generator: no string and no flush for each finding.
 * Closing it ends the last line and flushes, but does not close the output.
 */
final class FindingLines implements AutoCloseable {
  private final SequenceWriter values;
  private final PrintWriter out;
  private boolean written;

  /**
   * Creates the writer.
   *
   * @param values writes the values one after another, a line separator between them, and does
   *     not close {@code out}
   * @param out where they go
   */
  FindingLines(SequenceWriter values, PrintWriter out) {
    this.values = values;
    this.out = out;
  }

  void write(Finding finding) {
    values.write(finding);
    written = true;
  }

  @Override
  public void close() {
    values.close();
    if (written) {
      out.println();
    }
    out.flush();
  }
}
