package org.compacts.json.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.Modality;
import org.compacts.rules.Arrangement;
import org.compacts.rules.Finding;
import org.compacts.rules.MinimumTermRule;
import org.compacts.rules.Outcome;
import org.compacts.rules.PreparedCompact;
import org.compacts.rules.RuleEvaluator;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.compacts.model.Sector;
import org.compacts.rules.FundingAward;
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
      assertThat(g.getEvent().getAwardedBy()).isEqualTo(Sector.PUBLIC);
      FundingAward award = g.getEvent();
      assertThat(award.getEndsOn()).hasValue(award.getStartsOn().plusYears(1).minusDays(1));
    });
    assertThat(grants.get(0).getEvent().getStartsOn()).isEqualTo(LocalDate.of(2013, 1, 18));
  }

  @Test
  void traffordCouncilCsvGivesWhatItsJsonGives() {
    List<ImportedGrant> csv = read("trafford-council-vcs-grants-2013-2024.csv");
    List<ImportedGrant> json = read("trafford-council-vcs-grants-2013-2024.json");
    assertThat(read(csv)).isEqualTo(555);
    assertThat(csv.size() - read(csv)).isZero();
    assertThat(warnings(csv)).isZero();
    for (int i = 0; i < csv.size(); i++) {
      FundingAward a = csv.get(i).getEvent();
      FundingAward b = json.get(i).getEvent();
      assertThat(csv.get(i).getId()).isEqualTo(json.get(i).getId());
      assertThat(a.getAmountAwarded().orElseThrow())
          .isEqualByComparingTo(b.getAmountAwarded().orElseThrow());
      // 3028.63 in both; 2266 in the CSV is 2266 in the JSON, but 150.0 may be 150.
      assertThat(a.withAmountAwarded(b.getAmountAwarded())).isEqualTo(b);
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
    assertThat(grants).allSatisfy(g -> assertThat(g.getEvent().getAwardedBy())
        .isEqualTo(Sector.VOLUNTARY_COMMUNITY));
    // A compact's three-year minimum term for grants from the voluntary sector's funders.
    Compact compact = Compact.builder().id("three-year-grants").title("Three-year grants")
        .kind(CompactKind.COMPACT).area("England and Wales").status(CompactStatus.ADOPTED)
        .addRules(MinimumTermRule.builder().id("three-year-term").modality(Modality.SHOULD)
            .period(TimeSpan.of(3, TimeSpanUnit.YEARS)).addArrangements(Arrangement.GRANT)
            .awardedBy(Sector.VOLUNTARY_COMMUNITY)
            .source(Citation.of("1", "Grants should be for three years.")).build())
        .build();
    PreparedCompact prepared = RuleEvaluator.create().prepare(compact);
    Map<Outcome, Long> outcomes = grants.stream()
        .flatMap(g -> prepared.check(g.getEvent(), LocalDate.of(2026, 1, 1)).stream())
        .collect(Collectors.groupingBy(Finding::getOutcome, Collectors.counting()));
    // 531 grants state 36 months or more, but the dates win: 538 run three years.
    assertThat(outcomes).containsOnly(entry(Outcome.MET, 538L), entry(Outcome.NOT_MET, 3578L));
  }

  @Test
  void oxfordshireCommunityFoundation() {
    List<ImportedGrant> grants = read("oxfordshire-community-foundation-fy2013-14.json");
    assertThat(read(grants)).isEqualTo(156);
    assertThat(grants.size() - read(grants)).isZero();
    // One warning per grant: every award date is DD/MM/YYYY.
    assertThat(warnings(grants)).isEqualTo(156);
    // SOURCES.md: 85 grants have planned start and end dates; the others have no term.
    assertThat(grants.stream().filter(g -> g.getEvent().getEndsOn().isPresent()).count())
        .isEqualTo(85);
  }
}
