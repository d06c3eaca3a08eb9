package org.compacts.json.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.compacts.model.Sector;
import org.junit.jupiter.api.Test;

/**
 * The real published files beside the project (shared/360giving, described in its SOURCES.md),
 * read whole, with exact counts. The files are not in the repository: where they are absent,
 * these tests are skipped.
 */
class PublishedGrantFilesTest {
  /** The folder, found upwards from the working directory; null when there is none. */
  static Path folder() {
    String configured = System.getProperty("compacts.grants.dir");
    if (configured != null) {
      return Path.of(configured);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("360giving");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  static Path file(String name) {
    Path folder = folder();
    assumeTrue(folder != null && Files.isRegularFile(folder.resolve(name)),
        "The published file " + name + " is not beside the project.");
    return folder.resolve(name);
  }

  static List<ImportedGrant> read(String name) {
    try (GrantReader reader = ThreeSixtyGiving.create().open(file(name))) {
      List<ImportedGrant> grants = new ArrayList<>();
      for (ImportedGrant grant = reader.next(); grant != null; grant = reader.next()) {
        grants.add(grant);
      }
      return grants;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long warnings(List<ImportedGrant> grants) {
    return grants.stream().mapToLong(g -> g.getWarnings().size()).sum();
  }

  private static long read(List<ImportedGrant> grants) {
    return grants.stream().filter(ImportedGrant::isRead).count();
  }

  @Test
  void traffordCouncilJson() {
    List<ImportedGrant> grants = read("trafford-council-vcs-grants-2013-2024.json");
    assertThat(read(grants)).isEqualTo(555);
    assertThat(grants.size() - read(grants)).isZero();
    assertThat(warnings(grants)).isZero();
    // Duration only, 12 months on every grant: every term ends a day short of a year on.
    assertThat(grants).allSatisfy(g -> {
      assertThat(g.facts().awardedBy).isEqualTo(Sector.PUBLIC);
      assertThat(g.facts().endsOn).isEqualTo(g.facts().startsOn.plusYears(1).minusDays(1));
    });
    assertThat(grants.get(0).facts().startsOn).isEqualTo(LocalDate.of(2013, 1, 18));
  }

  @Test
  void traffordCouncilCsvGivesWhatItsJsonGives() {
    List<ImportedGrant> csv = read("trafford-council-vcs-grants-2013-2024.csv");
    List<ImportedGrant> json = read("trafford-council-vcs-grants-2013-2024.json");
    assertThat(read(csv)).isEqualTo(555);
    assertThat(csv.size() - read(csv)).isZero();
    assertThat(warnings(csv)).isZero();
    for (int i = 0; i < csv.size(); i++) {
      ImportedGrant.Facts a = csv.get(i).facts();
      ImportedGrant.Facts b = json.get(i).facts();
      assertThat(csv.get(i).getId()).isEqualTo(json.get(i).getId());
      assertThat(a.amountAwarded).isEqualByComparingTo(b.amountAwarded);
      assertThat(List.of(a.funder, a.recipient, a.currency, a.startsOn, a.endsOn))
          .isEqualTo(List.of(b.funder, b.recipient, b.currency, b.startsOn, b.endsOn));
    }
  }

  @Test
  void lloydsBankFoundation() {
    List<ImportedGrant> grants = read("lloyds-bank-foundation-2010-2015.json");
    assertThat(read(grants)).isEqualTo(4116);
    assertThat(grants.size() - read(grants)).isZero();
    // SOURCES.md: in 345 grants the stated duration differs by more than a month from the
    // span between start and end.
    assertThat(warnings(grants)).isEqualTo(345);
    assertThat(grants).allSatisfy(g -> assertThat(g.facts().awardedBy)
        .isEqualTo(Sector.VOLUNTARY_COMMUNITY));
    long threeYears = grants.stream().filter(g -> !g.facts().endsOn
        .isBefore(g.facts().startsOn.plusYears(3).minusDays(1))).count();
    assertThat(threeYears).isEqualTo(538);
  }

  @Test
  void oxfordshireCommunityFoundation() {
    List<ImportedGrant> grants = read("oxfordshire-community-foundation-fy2013-14.json");
    assertThat(read(grants)).isEqualTo(156);
    assertThat(grants.size() - read(grants)).isZero();
    // One warning per grant: every award date is DD/MM/YYYY.
    assertThat(warnings(grants)).isEqualTo(156);
    // SOURCES.md: 85 grants have planned start and end dates; the others have no term.
    assertThat(grants.stream().filter(g -> g.facts().endsOn != null).count()).isEqualTo(85);
  }
}
