package org.compacts.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.Payment;
import org.compacts.rules.PaymentBasis;
import org.compacts.rules.PaymentInAdvanceRule;
import org.compacts.rules.PaymentWithinRule;
import org.compacts.time.HolidayCalendar;

/**
 * Generates {@code payment} events: any payment, or one a payment rule applies to, with its
 * dates near the rule's due date.
 *
 * <pre>{@code
 * Payment any = PaymentGen.payment(gen);
 * Payment due = PaymentGen.paymentFor(gen, withinRule);
 * }</pre>
 */
public final class PaymentGen {
  private PaymentGen() {}

  /** A payment with any facts: each of its dates given or not, paid or not. */
  public static Payment payment(Gen gen) {
    LocalDate around = EventGen.day(gen);
    Payment.Builder b = Payment.builder()
        .id(EventGen.id(gen))
        .tags(EventGen.tags(gen))
        .arrangement(gen.pick(Arrangement.class))
        .paidBy(gen.pick(Sector.class))
        .paidTo(gen.pick(Sector.class))
        .funder(EventGen.organisation(gen))
        .recipient(EventGen.organisation(gen))
        .inArrearsByAgreement(EventGen.maybe(gen));
    if (gen.chance(0.6)) {
      b.periodStartsOn(around.plusDays(gen.between(-40, 40)));
    }
    if (gen.chance(0.5)) {
      b.invoiceReceivedOn(around.plusDays(gen.between(-60, 0)));
    }
    if (gen.chance(0.4)) {
      b.agreedPaymentDate(around.plusDays(gen.between(-30, 30)));
    }
    if (gen.chance(0.7)) {
      b.paidOn(around.plusDays(gen.between(-30, 60)));
    }
    return b.build();
  }

  /**
   * A payment a payment rule applies to, mostly: the rule's arrangement and sectors, the day
   * the rule counts from given four times in five, and payment (if any) near the due date.
   */
  public static Payment paymentFor(Gen gen, PaymentInAdvanceRule rule) {
    LocalDate periodStarts = EventGen.day(gen);
    Payment.Builder b = applying(gen, rule.getArrangements(), rule.getPaidBy(), rule.getPaidTo())
        .inArrearsByAgreement(EventGen.maybe(gen));
    if (gen.chance(0.8)) {
      b.periodStartsOn(periodStarts);
    }
    if (gen.chance(0.7)) {
      b.paidOn(periodStarts.plusDays(gen.between(-30, 30)));
    }
    return b.build();
  }

  /** A payment the rule applies to, mostly, paid (if at all) near its due date. */
  public static Payment paymentFor(Gen gen, PaymentWithinRule rule) {
    LocalDate from = EventGen.day(gen);
    LocalDate due = rule.getPeriod().addTo(from, HolidayCalendar.englandAndWales());
    Payment.Builder b = applying(gen, rule.getArrangements(), rule.getPaidBy(), rule.getPaidTo());
    boolean invoice = rule.getCountsFrom() == PaymentBasis.INVOICE_RECEIVED;
    if (gen.chance(0.8)) {
      if (invoice) {
        b.invoiceReceivedOn(from);
      } else {
        b.agreedPaymentDate(from);
      }
    }
    if (gen.chance(0.7)) {
      LocalDate paid = due.plusDays(gen.between(-20, 20));
      b.paidOn(paid.isBefore(from) ? from : paid);
    }
    return b.build();
  }

  private static Payment.Builder applying(Gen gen, Set<Arrangement> arrangements, Sector by,
      Sector to) {
    return Payment.builder()
        .id(EventGen.id(gen))
        .tags(EventGen.tags(gen))
        .arrangement(gen.pick(new ArrayList<>(arrangements)))
        .paidBy(by)
        .paidTo(to)
        .funder(EventGen.organisation(gen))
        .recipient(EventGen.organisation(gen));
  }
}
