package org.compacts.testkit;

import java.time.LocalDate;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.Payment;

/**
 * Generates {@code payment} events: any payment, or one a payment rule applies to, with its
 * dates near the rule's due date.
 *
 * <pre>{@code
 * Payment any = PaymentGen.payment(gen);
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
}
