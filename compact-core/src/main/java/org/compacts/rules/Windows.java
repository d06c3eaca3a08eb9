package org.compacts.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;

/** The window arithmetic of {@code RecurrenceRule}. */
final class Windows {
  private Windows() {}

  static Assessment check(AbstractRecurrenceRule rule, GovernanceRecord record, RuleContext context) {
    TimeSpan period = rule.getPeriod();
    LocalDate from = record.getPeriodFrom();
    LocalDate to = record.getPeriodTo();
    LocalDate asOf = context.asOf();
    LocalDate[] dates = record.getDates().toArray(new LocalDate[0]);
    Arrays.sort(dates);

    List<LocalDate> empty = new ArrayList<>();   // start and end of each empty ended window
    LocalDate firstEmptyEnd = null;
    LocalDate firstEnd = null;
    LocalDate lastEndedEnd = null;
    int ended = 0;
    int next = 0;   // index of the first date not before the current window
    LocalDate start = from;
    for (int i = 1; ; i++) {
      LocalDate nextStart = nextStart(period, from, start, i, context);
      if (!nextStart.isAfter(start)) {
        throw new IllegalArgumentException("Rule '" + rule.getId() + "' has a period of "
            + period + ", which does not move forward from " + start + ".");
      }
      LocalDate end = nextStart.minusDays(1);
      if (end.isAfter(to)) {
        break;
      }
      if (firstEnd == null) {
        firstEnd = end;
      }
      while (next < dates.length && dates[next].isBefore(start)) {
        next++;
      }
      boolean held = next < dates.length && !dates[next].isAfter(end);
      if (!held && firstEmptyEnd == null) {
        firstEmptyEnd = end;
      }
      if (!end.isAfter(asOf)) {
        ended++;
        lastEndedEnd = end;
        if (!held) {
          empty.add(start);
          empty.add(end);
        }
      }
      start = nextStart;
    }

    String activity = rule.getActivity();
    if (ended == 0) {
      Sentence reason = firstEnd == null
          ? Sentence.start("The record from ").date(from).text(" to ").date(to)
              .text(" holds no whole window of ").span(period).text(" of ").text(activity)
          : Sentence.start("The first window of ").span(period).text(" of ").text(activity)
              .text(", ").date(from).text(" to ").date(firstEnd).text(", has not ended as of ")
              .date(asOf);
      return assessment(Outcome.PENDING, reason.end(), firstEmptyEnd);
    }
    if (empty.isEmpty()) {
      Sentence reason = ended == 1
          ? Sentence.start("The window of ")
          : Sentence.start("Each of the ").number(ended).text(" windows of ");
      return assessment(Outcome.MET, reason.span(period).text(" from ").date(from)
          .text(" to ").date(lastEndedEnd).text(" holds a ").text(activity).end(), firstEmptyEnd);
    }
    Sentence reason = Sentence.start("No ").text(activity).text(" is recorded in the ")
        .text(empty.size() == 2 ? "window " : "windows ");
    for (int w = 0; w < empty.size(); w += 2) {
      if (w > 0) {
        reason.text(w == empty.size() - 2 ? " and " : ", ");
      }
      reason.date(empty.get(w)).text(" to ").date(empty.get(w + 1));
    }
    return assessment(Outcome.NOT_MET, reason.text(" of ").span(period).text(" from ")
        .date(from).end(), firstEmptyEnd);
  }

  /**
   * The start of window {@code i}: {@code from} plus {@code i} periods, computed from
   * {@code from} so that months and years clamp without drifting; working days, which cannot
   * drift, count on from the previous start.
   */
  private static LocalDate nextStart(
      TimeSpan period, LocalDate from, LocalDate start, int i, RuleContext context) {
    if (period.getUnit() == TimeSpanUnit.WORKING_DAYS) {
      return period.addTo(start, context.calendar());
    }
    return period.multipliedBy(i).addTo(from, context.calendar());
  }

  private static Assessment assessment(Outcome outcome, String reason, LocalDate due) {
    return due == null ? Assessment.of(outcome, reason) : Assessment.of(outcome, reason, due);
  }
}
