package org.compacts.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.compacts.rules.Consultation;
import org.compacts.rules.DisputeStep;
import org.compacts.rules.Event;
import org.compacts.rules.FundingAward;
import org.compacts.rules.FundingChange;
import org.compacts.rules.GovernanceRecord;
import org.compacts.rules.Payment;

/** What a report reads of an event besides its findings: its id, funder, money and day. */
final class EventFacts {
  private EventFacts() {}

  /** The event's id, or null. */
  static String id(Event event) {
    return event.getId().orElse(null);
  }

  /** The funder the event names, or null. */
  static String funder(Event event) {
    if (event instanceof FundingAward) {
      return ((FundingAward) event).getFunder().orElse(null);
    }
    if (event instanceof FundingChange) {
      return ((FundingChange) event).getFunder().orElse(null);
    }
    if (event instanceof Payment) {
      return ((Payment) event).getFunder().orElse(null);
    }
    return null;
  }

  /** The amount awarded, or null. */
  static BigDecimal amount(Event event) {
    return event instanceof FundingAward
        ? ((FundingAward) event).getAmountAwarded().orElse(null) : null;
  }

  /** The currency of the amount: as given, else GBP. */
  static String currency(Event event) {
    return event instanceof FundingAward ? ((FundingAward) event).getCurrency() : "GBP";
  }

  /** The day the event is dated by for the report's years: the start of a term, etc. */
  static LocalDate day(Event event) {
    if (event instanceof FundingAward) {
      return ((FundingAward) event).getStartsOn();
    }
    if (event instanceof FundingChange) {
      return ((FundingChange) event).getTakesEffectOn();
    }
    if (event instanceof Consultation) {
      return ((Consultation) event).getOpensOn();
    }
    if (event instanceof DisputeStep) {
      return ((DisputeStep) event).getStartedOn();
    }
    if (event instanceof Payment) {
      Payment payment = (Payment) event;
      return payment.getPaidOn().or(payment::getPeriodStartsOn).orElse(null);
    }
    if (event instanceof GovernanceRecord) {
      return ((GovernanceRecord) event).getPeriodFrom();
    }
    return null;
  }
}
