package org.compacts.json;

import java.time.LocalDate;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.ChangeKind;
import org.compacts.rules.Consultation;
import org.compacts.rules.DisputeStep;
import org.compacts.rules.Event;
import org.compacts.rules.FundingAward;
import org.compacts.rules.FundingChange;
import org.compacts.rules.GovernanceRecord;
import org.compacts.testkit.Gen;

/** Generates valid events of every type, about half their optional fields given. */
final class EventGen {
  private EventGen() {}

  static Event event(Gen gen) {
    switch (gen.between(0, 4)) {
      case 0:
        return fundingChange(gen);
      case 1:
        return consultation(gen);
      case 2:
        return fundingAward(gen);
      case 3:
        return disputeStep(gen);
      default:
        return governanceRecord(gen);
    }
  }

  static FundingChange fundingChange(Gen gen) {
    LocalDate effect = gen.date();
    FundingChange.Builder b = FundingChange.builder()
        .change(gen.pick(ChangeKind.class))
        .arrangement(gen.pick(Arrangement.class))
        .decidedBy(gen.pick(Sector.class))
        .affects(gen.subset(Sector.class, 1))
        .takesEffectOn(effect);
    gen.optional(() -> effect.minusDays(gen.between(0, 200))).ifPresent(b::noticeGivenOn);
    gen.optional(() -> effect.plusDays(gen.between(-60, 60))).ifPresent(b::agreedEndDate);
    return b.build();
  }

  static Consultation consultation(Gen gen) {
    LocalDate opens = gen.date();
    LocalDate closes = opens.plusDays(gen.between(0, 120));
    Consultation.Builder b = Consultation.builder()
        .by(gen.pick(Sector.class))
        .significantEffectOn(gen.subset(Sector.class, 1))
        .opensOn(opens)
        .closesOn(closes)
        .legallyConstrained(gen.bool());
    gen.optional(() -> closes.plusDays(gen.between(0, 90))).ifPresent(b::feedbackGivenOn);
    return b.build();
  }

  static FundingAward fundingAward(Gen gen) {
    LocalDate starts = gen.date();
    FundingAward.Builder b = FundingAward.builder()
        .arrangement(gen.pick(Arrangement.class))
        .awardedBy(gen.pick(Sector.class))
        .recipientSector(gen.pick(Sector.class))
        .startsOn(starts)
        .endsOn(starts.plusDays(gen.between(0, 2000)));
    gen.optional(gen::bool).ifPresent(b::fullCostRecovery);
    return b.build();
  }

  static DisputeStep disputeStep(Gen gen) {
    LocalDate started = gen.date();
    DisputeStep.Builder b = DisputeStep.builder().stage(gen.between(1, 5)).startedOn(started);
    gen.optional(() -> started.plusDays(gen.between(0, 60))).ifPresent(b::completedOn);
    return b.build();
  }

  static GovernanceRecord governanceRecord(Gen gen) {
    LocalDate from = gen.date();
    LocalDate to = from.plusDays(gen.between(0, 800));
    return GovernanceRecord.builder()
        .activity(gen.pick("compact-meeting", "annual-report", gen.slug()))
        .periodFrom(from)
        .periodTo(to)
        .dates(gen.list(0, 6, () -> gen.date(from, to)))
        .build();
  }
}
