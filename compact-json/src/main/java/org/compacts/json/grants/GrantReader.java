package org.compacts.json.grants;

import java.io.Closeable;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads the grants of one 360Giving file, a grant at a time, in the memory of one grant. A
 * grant that cannot be read comes back with its problems and the reading goes on; a file that
 * is not 360Giving data, or breaks off, throws a {@link GrantFileException}.
 *
 * <pre>{@code
 * try (GrantReader grants = ThreeSixtyGiving.create().open(Path.of("grants.json"))) {
 *   for (ImportedGrant grant = grants.next(); grant != null; grant = grants.next()) {
 *     if (grant.isRead()) {
 *       check(grant.getEvent());
 *     }
 *   }
 *   log.info(grants.getRead() + " grants read, " + grants.getSkipped() + " skipped");
 * }
 * }</pre>
 *
 * <p>An instance reads one file on one thread.
 */
public final class GrantReader implements Closeable {
  /** The two forms of the standard this reader reads. */
  public enum Format {
    /** A JSON package, {@code {"grants": [...]}}. */
    JSON,
    /** The flattened CSV, one grant per row under the standard's column titles. */
    CSV
  }

  private final GrantSource source;
  private final Format format;
  private final GrantMapping mapping;
  private final RawGrant raw = new RawGrant();
  private long read;
  private long skipped;
  private long warnings;

  GrantReader(GrantSource source, Format format, GrantMapping mapping) {
    this.source = source;
    this.format = format;
    this.mapping = Objects.requireNonNull(mapping, "mapping");
  }

  /** The form of the file. */
  public Format getFormat() {
    return format;
  }

  /**
   * Reads the next grant.
   *
   * @return the grant, read or with its problems; null after the last
   * @throws GrantFileException when the file is not 360Giving data, or breaks off here
   */
  public ImportedGrant next() {
    boolean more;
    try {
      more = source.next(raw);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where = at != null && at.getLineNr() > 0
          ? "Line " + at.getLineNr() + (at.getColumnNr() > 0 ? ", column " + at.getColumnNr()
              : "") + ": " : "";
      throw new GrantFileException(where + "the file cannot be read as " + format
          + " past this point: " + e.getOriginalMessage(), e);
    }
    if (!more) {
      return null;
    }
    ImportedGrant grant = mapping.map(raw);
    if (grant.isRead()) {
      read++;
    } else {
      skipped++;
    }
    warnings += grant.getWarnings().size();
    return grant;
  }

  /** How many grants were read so far. */
  public long getRead() {
    return read;
  }

  /** How many grants could not be read so far. */
  public long getSkipped() {
    return skipped;
  }

  /** How many warnings the grants so far carried. */
  public long getWarnings() {
    return warnings;
  }

  /** Closes the file. */
  @Override
  public void close() {
    try {
      source.close();
    } catch (java.io.IOException | JacksonException e) {
      throw new GrantFileException("The file cannot be closed: " + e.getMessage(), e);
    }
  }
}
