package org.compacts.bench;

import java.time.LocalDate;
import java.util.List;
import org.compacts.model.Compact;
import org.compacts.model.Modality;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.ChangeKind;
import org.compacts.rules.Event;
import org.compacts.rules.Finding;
import org.compacts.rules.FundingAward;
import org.compacts.rules.FundingChange;
import org.compacts.rules.Outcome;
import org.compacts.rules.Rule;

/**
 * The floor of the rule benchmarks: Leicestershire's two rules written out by hand, with plain
 * java.time, ifs and string concatenation, giving the same findings the library gives.
 */
final class HandChecks {
  private final String compact;
  private final Rule notice;
  private final Rule costRecovery;

  HandChecks(Compact leicestershire) {
    compact = leicestershire.getId();
    notice = leicestershire.getRules().get(0);
    costRecovery = leicestershire.getRules().get(1);
  }

  List<Finding> check(Event event, LocalDate asOf) {
    return event instanceof FundingChange ? notice((FundingChange) event, asOf)
        : costRecovery((FundingAward) event);
  }

  /** Three months' notice by the public sector, unless a cessation meets an agreed end. */
  List<Finding> notice(FundingChange c, LocalDate asOf) {
    if (c.getDecidedBy() != Sector.PUBLIC) {
      return finding(notice, Outcome.NOT_APPLICABLE, "This funding change was decided by the "
          + sector(c.getDecidedBy()) + " sector, but the rule covers notice given by the public"
          + " sector.", null);
    }
    if (!c.getAffects().contains(Sector.VOLUNTARY_COMMUNITY)) {
      return finding(notice, Outcome.NOT_APPLICABLE, "This funding change does not affect the"
          + " voluntary-community sector, to which the rule gives notice.", null);
    }
    LocalDate takesEffect = c.getTakesEffectOn();
    LocalDate agreedEnd = c.getAgreedEndDate().orElse(null);
    if (c.getChange() == ChangeKind.CESSATION && agreedEnd != null
        && !takesEffect.isBefore(agreedEnd)) {
      return finding(notice, Outcome.EXEMPT, "The cessation takes effect on " + takesEffect
          + ", on or after the agreed end date " + agreedEnd
          + ", so the agreed-end-date exemption holds.", null);
    }
    LocalDate deadline = takesEffect.minusMonths(3);
    String before = ", 3 months before the " + change(c.getChange()) + " takes effect on "
        + takesEffect + ".";
    LocalDate given = c.getNoticeGivenOn().orElse(null);
    if (given != null) {
      boolean inTime = !given.isAfter(deadline);
      return finding(notice, inTime ? Outcome.MET : Outcome.NOT_MET, "Notice was given on "
          + given + (inTime ? ", on or before " : ", after ") + deadline + before, deadline);
    }
    if (!asOf.isAfter(deadline)) {
      return finding(notice, Outcome.PENDING, "No notice has been given as of " + asOf
          + "; it is due by " + deadline + before, deadline);
    }
    return finding(notice, Outcome.NOT_MET, "No notice has been given as of " + asOf
        + ", after it was due on " + deadline + before, deadline);
  }

  /** Full cost recovery in contracts awarded to the voluntary and community sector. */
  List<Finding> costRecovery(FundingAward a) {
    if (a.getArrangement() != Arrangement.CONTRACT) {
      return finding(costRecovery, Outcome.NOT_APPLICABLE, "This award is a "
          + arrangement(a.getArrangement()) + ", which the rule does not cover (it covers"
          + " contract).", null);
    }
    if (a.getRecipientSector() != Sector.VOLUNTARY_COMMUNITY) {
      return finding(costRecovery, Outcome.NOT_APPLICABLE, "This award is made to the "
          + sector(a.getRecipientSector()) + " sector, but the rule covers awards to the"
          + " voluntary-community sector.", null);
    }
    String contract = "The contract from " + a.getStartsOn() + " to " + a.getEndsOn();
    Boolean fullCost = a.getFullCostRecovery().orElse(null);
    if (fullCost == null) {
      return finding(costRecovery, Outcome.PENDING,
          contract + " does not say whether it recovers full cost.", null);
    }
    return fullCost
        ? finding(costRecovery, Outcome.MET, contract + " recovers full cost.", null)
        : finding(costRecovery, Outcome.NOT_MET, contract + " does not recover full cost.",
            null);
  }

  private List<Finding> finding(Rule rule, Outcome outcome, String reason, LocalDate due) {
    Finding.Builder finding = Finding.builder().compact(compact).rule(rule.getId())
        .kind(rule.kind()).outcome(outcome).modality(Modality.WILL).reason(reason)
        .source(rule.getSource());
    if (due != null) {
      finding.due(due);
    }
    return List.of(finding.build());
  }

  private static String sector(Sector sector) {
    switch (sector) {
      case PUBLIC:
        return "public";
      case VOLUNTARY_COMMUNITY:
        return "voluntary-community";
      default:
        return "private";
    }
  }

  private static String change(ChangeKind change) {
    switch (change) {
      case CHANGE:
        return "change";
      case CESSATION:
        return "cessation";
      default:
        return "review";
    }
  }

  private static String arrangement(Arrangement arrangement) {
    switch (arrangement) {
      case CONTRACT:
        return "contract";
      case GRANT:
        return "grant";
      case AGREEMENT:
        return "agreement";
      case SUPPORT:
        return "support";
      default:
        return "accommodation-asset";
    }
  }
}
