package org.compacts.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.ChangeKind;
import org.compacts.rules.Event;
import org.compacts.rules.Finding;
import org.compacts.rules.FundingAward;
import org.compacts.rules.FundingChange;
import org.compacts.rules.Outcome;
import org.compacts.rules.PreparedCompact;
import org.compacts.rules.RuleEvaluator;
import org.compacts.samples.SampleCompacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Rule evaluation against the Leicestershire sample: one funding change, and a batch of varied
 * funding changes and awards, each beside a hand-written floor that computes the same findings
 * (outcome, due date, reason sentence and citation) with plain java.time, ifs and string
 * concatenation. An outcome-only floor, which skips the reason, is measured for information.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 3, time = 1)
public class CheckBenchmarks {
  /** Events in the batch. */
  public static final int BATCH = 10_000;

  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private PreparedCompact leicestershire;
  private HandChecks hand;
  private FundingChange one;
  private List<Event> batch;

  /** What the outcome-only floor computes: the outcome and the due date. */
  record Answer(Outcome outcome, LocalDate due) {}

  @Setup
  public void setUp() {
    leicestershire = RuleEvaluator.create().prepare(SampleCompacts.leicestershire());
    hand = new HandChecks(SampleCompacts.leicestershire());
    one = oneChange();
    batch = batch();
  }

  static FundingChange oneChange() {
    return FundingChange.builder().change(ChangeKind.CESSATION).arrangement(Arrangement.GRANT)
        .decidedBy(Sector.PUBLIC).addAffects(Sector.VOLUNTARY_COMMUNITY)
        .noticeGivenOn(LocalDate.of(2024, 12, 31)).takesEffectOn(LocalDate.of(2025, 3, 31))
        .build();
  }

  /** 10,000 funding changes and awards, varied to reach every outcome; the same every run. */
  static List<Event> batch() {
    SplittableRandom random = new SplittableRandom(2025);
    List<Event> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(730));
      if (random.nextInt(4) == 0) {
        FundingAward.Builder award = FundingAward.builder()
            .arrangement(Arrangement.values()[random.nextInt(5)])
            .awardedBy(Sector.PUBLIC)
            .recipientSector(random.nextInt(8) == 0 ? Sector.PRIVATE
                : Sector.VOLUNTARY_COMMUNITY)
            .startsOn(start).endsOn(start.plusYears(1 + random.nextInt(3)));
        int cost = random.nextInt(3);
        if (cost < 2) {
          award.fullCostRecovery(cost == 0);
        }
        batch.add(award.build());
      } else {
        FundingChange.Builder change = FundingChange.builder()
            .change(ChangeKind.values()[random.nextInt(3)])
            .arrangement(Arrangement.values()[random.nextInt(5)])
            .decidedBy(random.nextInt(10) == 0 ? Sector.PRIVATE : Sector.PUBLIC)
            .addAffects(Sector.VOLUNTARY_COMMUNITY)
            .takesEffectOn(start);
        if (random.nextInt(6) != 0) {
          change.noticeGivenOn(start.minusDays(60 + random.nextInt(60)));
        }
        if (random.nextInt(8) == 0) {
          change.agreedEndDate(start.minusDays(random.nextInt(3)));
        }
        batch.add(change.build());
      }
    }
    return batch;
  }

  /** Our check of one funding change: findings with reasons and citations. */
  @Benchmark
  public List<Finding> checkOne() {
    return leicestershire.check(one, AS_OF);
  }

  /** Floor: the same findings, by hand. */
  @Benchmark
  public List<Finding> floorCheckOne() {
    return hand.notice(one, AS_OF);
  }

  /** For information: the outcome and due date alone, by hand, with no reason or finding. */
  @Benchmark
  public Answer outcomeOnlyCheckOne() {
    return outcome(one);
  }

  /** Our check of 10,000 varied events. */
  @Benchmark
  public void checkBatch(Blackhole bh) {
    for (Event e : batch) {
      bh.consume(leicestershire.check(e, AS_OF));
    }
  }

  /** Floor: the same findings for the batch, by hand. */
  @Benchmark
  public void floorCheckBatch(Blackhole bh) {
    for (Event e : batch) {
      bh.consume(hand.check(e, AS_OF));
    }
  }

  /** Leicestershire's three months' notice, outcome and due date only. */
  static Answer outcome(FundingChange c) {
    if (c.getDecidedBy() != Sector.PUBLIC || !c.getAffects().contains(Sector.VOLUNTARY_COMMUNITY)) {
      return new Answer(Outcome.NOT_APPLICABLE, null);
    }
    Optional<LocalDate> agreed = c.getAgreedEndDate();
    if (c.getChange() == ChangeKind.CESSATION && agreed.isPresent()
        && !c.getTakesEffectOn().isBefore(agreed.get())) {
      return new Answer(Outcome.EXEMPT, null);
    }
    LocalDate deadline = c.getTakesEffectOn().minusMonths(3);
    Optional<LocalDate> notice = c.getNoticeGivenOn();
    if (notice.isPresent()) {
      return new Answer(notice.get().isAfter(deadline) ? Outcome.NOT_MET : Outcome.MET,
          deadline);
    }
    return new Answer(AS_OF.isAfter(deadline) ? Outcome.NOT_MET : Outcome.PENDING, deadline);
  }
}
