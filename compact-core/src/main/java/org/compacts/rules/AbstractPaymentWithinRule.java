package org.compacts.rules;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Set;
import org.compacts.model.Citation;
import org.compacts.model.Modality;
import org.compacts.model.Sector;
import org.compacts.model.Slug;
import org.compacts.time.TimeSpan;
import org.immutables.value.Value;

/**
 * Payment within a period of an invoice or of an agreed date: read from {@code payment}
 * events.
 *
 * <pre>{@code
 * PaymentWithinRule rule = PaymentWithinRule.builder()
 *     .id("invoices-paid-in-20-working-days")
 *     .modality(Modality.WILL)
 *     .period(TimeSpan.of(20, TimeSpanUnit.WORKING_DAYS))
 *     .countsFrom(PaymentBasis.INVOICE_RECEIVED)
 *     .addArrangements(Arrangement.CONTRACT)
 *     .paidBy(Sector.PUBLIC)
 *     .paidTo(Sector.VOLUNTARY_COMMUNITY)
 *     .source(Citation.of("Funding 7", "Invoices will be paid within 20 working days ..."))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractPaymentWithinRule implements Rule {
  /** The kind name of this rule in JSON. */
  public static final String KIND = "payment-within";

  @Override
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  @Override
  public abstract Modality getModality();

  /** The longest time from the day named by {@link #getCountsFrom()} to payment. */
  @Valid
  public abstract TimeSpan getPeriod();

  /** The day the period counts from ({@code from} in JSON). */
  public abstract PaymentBasis getCountsFrom();

  /** The arrangements the rule covers. */
  @NotEmpty
  public abstract Set<Arrangement> getArrangements();

  /** The sector that pays (the event's {@code paidBy}). */
  public abstract Sector getPaidBy();

  /** The sector that is paid (the event's {@code paidTo}). */
  public abstract Sector getPaidTo();

  /** The tags an event must carry, every one, for the rule to apply; empty for any event. */
  @Override
  public abstract Set<@Pattern(regexp = Slug.REGEX) String> getOnlyWhen();

  @Override
  @Valid
  public abstract Citation getSource();

  @Override
  public String kind() {
    return KIND;
  }

  /** Reads {@code payment} events. */
  @Override
  public String eventType() {
    return Payment.TYPE;
  }

  /**
   * Decides the rule for a payment. It applies when the arrangement is among the rule's, the
   * payment is by and to the rule's sectors, and the event gives the day the rule counts from
   * ({@code invoiceReceivedOn} or {@code agreedPaymentDate}). It is due that day plus the
   * period (working days by the context's holiday calendar): paid on or before it is
   * {@code met}, later {@code not-met}; unpaid, {@code pending} while {@code asOf} is on or
   * before it, then {@code not-met}.
   */
  @Override
  public Assessment evaluate(Event event, RuleContext context) {
    Payment payment = (Payment) event;
    Assessment outOfScope = Scopes.payment(getArrangements(), getPaidBy(), getPaidTo(), payment);
    if (outOfScope != null) {
      return outOfScope;
    }
    boolean invoice = getCountsFrom() == PaymentBasis.INVOICE_RECEIVED;
    LocalDate from = (invoice ? payment.getInvoiceReceivedOn() : payment.getAgreedPaymentDate())
        .orElse(null);
    if (from == null) {
      return Assessment.of(Outcome.NOT_APPLICABLE, invoice
          ? "The rule counts from the day an invoice was received, and this payment gives none"
              + " (invoiceReceivedOn)."
          : "The rule counts from an agreed payment date, and this payment gives none"
              + " (agreedPaymentDate).");
    }
    LocalDate due = getPeriod().addTo(from, context.calendar());
    return Scopes.paidBy(payment, due, sentence -> sentence.span(getPeriod())
        .text(invoice ? " after the invoice was received on " : " after the agreed payment date ")
        .date(from), context);
  }
}
