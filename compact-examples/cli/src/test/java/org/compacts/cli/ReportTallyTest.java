package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.Event;
import org.compacts.rules.FundingAward;
import org.compacts.rules.RuleEvaluator;
import org.compacts.samples.SampleCompacts;
import org.junit.jupiter.api.Test;

/** The report's counts: each event once under its least favourable outcome, years in a row. */
class ReportTallyTest {
  private static FundingAward award(String id, int year, BigDecimal amount, String currency) {
    return FundingAward.builder().id(id).arrangement(Arrangement.CONTRACT)
        .awardedBy(Sector.PUBLIC).recipientSector(Sector.VOLUNTARY_COMMUNITY)
        .startsOn(LocalDate.of(year, 4, 1)).endsOn(LocalDate.of(year + 3, 3, 31))
        .amountAwarded(amount).currency(currency).funder("GB-LAE-X").build();
  }

  @Test
  void yearsWithoutEventsBetweenTheFirstAndLastAreZeros() {
    var compact = SampleCompacts.byId("staffordshire-stoke-compact-2014").orElseThrow();
    var prepared = RuleEvaluator.create().prepare(compact);
    ReportTally tally = new ReportTally(compact, LocalDate.of(2025, 1, 1));
    List<Event> events = List.of(award("a", 2013, BigDecimal.TEN, "GBP"),
        award("b", 2016, new BigDecimal("0.5"), "GBP"), award("c", 2016, BigDecimal.ONE, "EUR"));
    for (int i = 0; i < events.size(); i++) {
      tally.add(i, events.get(i), prepared.check(events.get(i), LocalDate.of(2025, 1, 1)));
    }
    assertThat(tally.byYear().keySet()).containsExactly(2013, 2014, 2015, 2016);
    assertThat(tally.byYear().get(2014)).containsOnly(0L);
    // Three-year contracts: met, counted under met; money by currency.
    assertThat(tally.byYear().get(2016)[0]).isEqualTo(2);
    assertThat(tally.money().get("GBP")[0]).isEqualByComparingTo("10.5");
    assertThat(tally.money().get("EUR")[0]).isEqualByComparingTo("1");
    assertThat(tally.byFunder()).singleElement()
        .satisfies(e -> assertThat(e.getKey()).isEqualTo("GB-LAE-X"));
  }
}
