package org.compacts.json.grants;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.compacts.rules.FundingAward;

/**
 * One grant of a 360Giving file as a {@link GrantReader} gives it: where it stands in the
 * file, its identifier, and either what was read of it or the problems that kept it from being
 * read; with the warnings about what was read on a guess (a {@code DD/MM/YYYY} date, dates
 * that disagree with the stated duration).
 *
 * <pre>{@code
 * ImportedGrant grant = grants.next();
 * if (grant.isRead()) {
 *   check(grant.getEvent());
 *   grant.getWarnings().forEach(w -> log.warn(grant.getLocation() + ": " + w));
 * } else {
 *   log.error(grant.getLocation() + ": " + String.join("; ", grant.getProblems()));
 * }
 * }</pre>
 */
public final class ImportedGrant {
  private final long number;
  private final long line;
  private final long column;
  private final String id;
  private final FundingAward event;
  private final List<String> warnings;
  private final List<String> problems;

  ImportedGrant(RawGrant raw, FundingAward event, List<String> warnings,
      List<String> problems) {
    this.number = raw.number;
    this.line = raw.line;
    this.column = raw.column;
    this.id = raw.id;
    this.event = event;
    this.warnings = List.copyOf(warnings);
    this.problems = List.copyOf(problems);
  }

  /** The grant's place among the grants of its file, from 1. */
  public long getNumber() {
    return number;
  }

  /** The line of the file where the grant starts, from 1. */
  public long getLine() {
    return line;
  }

  /** The column where the grant starts, from 1; 0 when the format does not tell (CSV). */
  public long getColumn() {
    return column;
  }

  /** The grant's identifier, when it has one. */
  public Optional<String> getId() {
    return Optional.ofNullable(id);
  }

  /**
   * Where the grant stands, for messages: {@code grant 7 (360G-xyz-1) at line 40, column 9}.
   * The identifier is text from the file: escape it before it reaches a terminal.
   */
  public String getLocation() {
    return "grant " + number + (id != null ? " (" + id + ")" : "") + " at line " + line
        + (column > 0 ? ", column " + column : "");
  }

  /** Tells whether the grant was read; when not, {@link #getProblems()} says why. */
  public boolean isRead() {
    return event != null;
  }

  /** What was guessed in reading the grant, one sentence each; empty when nothing was. */
  public List<String> getWarnings() {
    return warnings;
  }

  /** Why the grant could not be read, one sentence each; empty when it was read. */
  public List<String> getProblems() {
    return problems;
  }

  /**
   * The grant as a {@code funding-award} event.
   *
   * @return the event
   * @throws IllegalStateException naming the grant and its problems, when it was not read
   */
  public FundingAward getEvent() {
    if (event == null) {
      throw new IllegalStateException(getLocation() + " could not be read: "
          + String.join(" ", problems));
    }
    return event;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ImportedGrant)) {
      return false;
    }
    ImportedGrant that = (ImportedGrant) other;
    return number == that.number && line == that.line && column == that.column
        && Objects.equals(id, that.id) && Objects.equals(event, that.event)
        && warnings.equals(that.warnings) && problems.equals(that.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, line, column, id, event, warnings, problems);
  }

  @Override
  public String toString() {
    return "ImportedGrant{" + getLocation() + (isRead() ? ", warnings=" + warnings
        : ", problems=" + problems) + "}";
  }
}
