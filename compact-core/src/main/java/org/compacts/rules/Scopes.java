package org.compacts.rules;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.compacts.model.Sector;

/** Applicability tests shared by rule kinds that read the same event type. */
final class Scopes {
  private Scopes() {}

  /**
   * The consultation rules apply when the event's {@code by} is the rule's sector and the
   * event's {@code significantEffectOn} shares a sector with the rule's.
   *
   * @return a {@code not-applicable} assessment, or null when the rule applies
   */
  static Assessment consultation(Sector by, Set<Sector> affecting, Consultation consultation) {
    if (consultation.getBy() != by) {
      return Assessment.of(Outcome.NOT_APPLICABLE, Sentence.start("This consultation is run by"
          + " the ").label(consultation.getBy()).text(" sector, but the rule covers"
          + " consultations by the ").label(by).text(" sector").end());
    }
    for (Sector sector : consultation.getSignificantEffectOn()) {
      if (affecting.contains(sector)) {
        return null;
      }
    }
    return Assessment.of(Outcome.NOT_APPLICABLE, Sentence.start("This consultation has no"
        + " significant effect on the ").either(affecting).text(" sector, which the rule covers")
        .end());
  }

  /**
   * The payment rules apply when the payment's arrangement is among the rule's and it is paid
   * by and to the rule's sectors.
   *
   * @return a {@code not-applicable} assessment, or null when the rule applies
   */
  static Assessment payment(Set<Arrangement> arrangements, Sector paidBy, Sector paidTo,
      Payment payment) {
    if (!arrangements.contains(payment.getArrangement())) {
      return Assessment.of(Outcome.NOT_APPLICABLE, Sentence.start("This payment is under a ")
          .label(payment.getArrangement()).text(", which the rule does not cover (it covers ")
          .either(arrangements).text(")").end());
    }
    if (payment.getPaidBy() != paidBy || payment.getPaidTo() != paidTo) {
      return Assessment.of(Outcome.NOT_APPLICABLE, Sentence.start("This payment is made by the ")
          .label(payment.getPaidBy()).text(" sector to the ").label(payment.getPaidTo())
          .text(" sector, but the rule covers payments by the ").label(paidBy)
          .text(" sector to the ").label(paidTo).text(" sector").end());
    }
    return null;
  }

  /**
   * A payment due on a day: {@code met} when paid on or before it, {@code not-met} when later;
   * unpaid, {@code pending} while {@code asOf} is on or before it, then {@code not-met}.
   *
   * @param why appends what the due day is, such as "the start of the period it funds", to
   *     end each sentence
   */
  static Assessment paidBy(Payment payment, LocalDate due, UnaryOperator<Sentence> why,
      RuleContext context) {
    LocalDate paid = payment.getPaidOn().orElse(null);
    if (paid != null) {
      boolean inTime = !paid.isAfter(due);
      return Assessment.of(inTime ? Outcome.MET : Outcome.NOT_MET,
          why.apply(Sentence.start("The payment was made on ").date(paid)
              .text(inTime ? ", on or before " : ", after ").date(due).text(", "))
              .end(), due);
    }
    LocalDate asOf = context.asOf();
    boolean open = !asOf.isAfter(due);
    return Assessment.of(open ? Outcome.PENDING : Outcome.NOT_MET,
        why.apply(Sentence.start("No payment has been made as of ").date(asOf)
            .text(open ? "; it is due by " : ", after it was due on ").date(due).text(", "))
            .end(), due);
  }
}
