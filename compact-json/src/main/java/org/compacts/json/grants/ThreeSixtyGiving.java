package org.compacts.json.grants;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.compacts.model.Sector;

/**
 * Reads grants published in the <a href="https://standard.threesixtygiving.org/">360Giving Data
 * Standard</a> as {@code funding-award} events: a JSON package ({@code {"grants": [...]}}) or
 * the flattened CSV, told apart by their first character, read as a stream.
 *
 * <pre>{@code
 * ThreeSixtyGiving giving = ThreeSixtyGiving.create();
 * try (GrantReader grants = giving.open(Path.of("grants.csv"))) {
 *   for (ImportedGrant grant = grants.next(); grant != null; grant = grants.next()) { ... }
 * }
 * }</pre>
 *
 * <p>Each grant becomes an award of a {@code grant}: its identifier is the event's {@code id};
 * the first funding and recipient organisations' identifiers are {@code funder} and
 * {@code recipient}; {@code amountAwarded} (exact) and {@code currency} are as given. The term
 * starts on the planned start date, else the award date; it ends on the planned end date, else
 * on the start plus the planned duration in months less one day, else it has no end. When the
 * planned end date and the end the duration gives are more than 31 days apart, the dates are
 * used and the grant carries a warning.
 *
 * <p>Dates are ISO dates, or date-times whose calendar date as written is taken
 * ({@code 2015-07-01T00:00:00+00:00} is 1 July 2015); {@code DD/MM/YYYY} is read with a
 * warning; any other text, an impossible day, an end before the start, a missing identifier, a
 * duration that is not a whole number of months or an amount that is not a number make the
 * grant unreadable, with its location, and the reading goes on.
 *
 * <p>Sectors: an organisation whose identifier has the prefix of a public body's register
 * ({@code GB-LAE-}, {@code GB-LAS-}, {@code GB-PLA-}, {@code GB-LANI-}, {@code GB-GOR-},
 * {@code GB-NHS-}) is {@code public}; every other is {@code voluntary-community}. Either side
 * can be set for the whole file with {@link #withFunderSector} and
 * {@link #withRecipientSector}.
 *
 * <p>The instance is immutable and thread-safe.
 */
public final class ThreeSixtyGiving {
  /** The identifier prefixes of public bodies' registers, as the standard's org-id lists. */
  public static final List<String> PUBLIC_PREFIXES =
      List.of("GB-LAE-", "GB-LAS-", "GB-PLA-", "GB-LANI-", "GB-GOR-", "GB-NHS-");

  private static final ThreeSixtyGiving DEFAULT = new ThreeSixtyGiving(null, null);
  private static final int SNIFF = 4096;

  private final Sector funderSector;
  private final Sector recipientSector;

  private ThreeSixtyGiving(Sector funderSector, Sector recipientSector) {
    this.funderSector = funderSector;
    this.recipientSector = recipientSector;
  }

  /**
   * Returns a reader that maps sectors from organisation identifiers.
   *
   * @return the shared instance
   */
  public static ThreeSixtyGiving create() {
    return DEFAULT;
  }

  /**
   * Returns a copy that takes every funder to be of the sector given.
   *
   * @param sector the funders' sector
   * @return the copy
   */
  public ThreeSixtyGiving withFunderSector(Sector sector) {
    return new ThreeSixtyGiving(Objects.requireNonNull(sector, "sector"), recipientSector);
  }

  /**
   * Returns a copy that takes every recipient to be of the sector given.
   *
   * @param sector the recipients' sector
   * @return the copy
   */
  public ThreeSixtyGiving withRecipientSector(Sector sector) {
    return new ThreeSixtyGiving(funderSector, Objects.requireNonNull(sector, "sector"));
  }

  /**
   * The sector of an organisation by its identifier: {@code public} for the prefixes of
   * {@link #PUBLIC_PREFIXES} (in any case), otherwise {@code voluntary-community}.
   *
   * @param identifier the organisation identifier, such as {@code GB-LAE-TRF}; may be null
   * @return its sector
   */
  public static Sector sectorOf(String identifier) {
    if (identifier != null) {
      for (String prefix : PUBLIC_PREFIXES) {
        if (identifier.regionMatches(true, 0, prefix, 0, prefix.length())) {
          return Sector.PUBLIC;
        }
      }
    }
    return Sector.VOLUNTARY_COMMUNITY;
  }

  /**
   * Opens a 360Giving file.
   *
   * @param file a JSON package or CSV file, UTF-8, with or without a byte order mark
   * @return its grants; close it
   * @throws GrantFileException when the file is not 360Giving data
   * @throws IOException when the file cannot be opened
   */
  public GrantReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      return open(in);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Opens a 360Giving stream; the reader closes it.
   *
   * @param in a JSON package or CSV file, UTF-8, with or without a byte order mark
   * @return its grants; close it
   * @throws GrantFileException when the stream is empty or a JSON array
   * @throws IOException when the stream fails
   */
  public GrantReader open(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(Objects.requireNonNull(in, "in"),
        64 * 1024);
    buffered.mark(3);
    byte[] bom = buffered.readNBytes(3);
    if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB
        && (bom[2] & 0xFF) == 0xBF)) {
      buffered.reset();
    }
    int first = firstNonBlank(buffered);
    if (first < 0) {
      throw new GrantFileException("It is empty: a 360Giving file is a JSON package or a CSV"
          + " file with a header row.");
    }
    if (first == '{' || first == '[') {
      return new GrantReader(new JsonGrants(buffered), GrantReader.Format.JSON,
          new GrantMapping(Labels.JSON, funderSector, recipientSector));
    }
    return new GrantReader(new CsvGrants(buffered), GrantReader.Format.CSV,
        new GrantMapping(Labels.CSV, funderSector, recipientSector));
  }

  /**
   * Tells whether a file is meant as 360Giving data rather than as events: a CSV file (its
   * first character is not a brace or a bracket), or a JSON object whose top-level fields name
   * {@code grants} before any {@code type}. Reads only as far as it needs to.
   *
   * @param file the file
   * @return true for a 360Giving package or CSV file; false for events and other JSON
   * @throws IOException when the file cannot be read
   */
  public static boolean isGrantsFile(Path file) throws IOException {
    try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      in.mark(3);
      byte[] bom = in.readNBytes(3);
      if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF)) {
        in.reset();
      }
      int first = firstNonBlank(in);
      if (first != '{') {
        return first != '[' && first > 0;
      }
      return JsonGrants.namesGrants(in);
    }
  }

  private static int firstNonBlank(BufferedInputStream in) throws IOException {
    in.mark(SNIFF);
    try {
      for (int i = 0; i < SNIFF; i++) {
        int b = in.read();
        if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
          return b;
        }
      }
      return 0;
    } finally {
      in.reset();
    }
  }
}
