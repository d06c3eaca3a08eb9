package org.compacts.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every line of the Staffordshire source is in the sample or on its reviewed exclusion list. */
class StaffordshireStokeCoverageTest {
  private static final String SOURCE = "seeds/staffordshire-stoke-compact-2014-2018.txt";
  private static final String EXCLUSIONS =
      "coverage/" + StaffordshireStokeCompact.ID + ".excluded.tsv";

  @Test
  void everySourceLineIsEncodedOrExcluded() {
    SourceLineCoverage.Report report = SourceLineCoverage.check(StaffordshireStokeCompact.ID,
        SourceLineCoverage.resource(SOURCE), SourceLineCoverage.exclusions(EXCLUSIONS),
        StaffordshireStokeCompact.compact());

    System.out.println(report.summary());
    assertThat(report.unaccounted()).as("source lines neither encoded nor excluded").isEmpty();
    assertThat(report.staleExclusions()).as("exclusions naming no source line").isEmpty();
    assertThat(report.coveredButExcluded()).as("excluded lines the sample encodes").isEmpty();
    assertThat(report.covered()).isNotEmpty();
  }
}
