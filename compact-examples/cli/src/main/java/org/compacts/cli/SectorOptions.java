package org.compacts.cli;

import org.compacts.json.grants.ThreeSixtyGiving;
import org.compacts.model.Sector;
import picocli.CommandLine.Option;

/** The options that set the sectors of a 360Giving file's funders or recipients. */
final class SectorOptions {
  @Option(names = "--funder-sector", paramLabel = "SECTOR", converter = SectorConverter.class,
      description = "For a 360Giving file: take every funder to be of this sector (public,"
          + " voluntary-community, private) rather than read it from the identifier.")
  Sector funder;

  @Option(names = "--recipient-sector", paramLabel = "SECTOR",
      converter = SectorConverter.class,
      description = "For a 360Giving file: take every recipient to be of this sector.")
  Sector recipient;

  /** The reader these options ask for. */
  ThreeSixtyGiving reader() {
    ThreeSixtyGiving giving = ThreeSixtyGiving.create();
    if (funder != null) {
      giving = giving.withFunderSector(funder);
    }
    return recipient != null ? giving.withRecipientSector(recipient) : giving;
  }
}
