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
import org.immutables.value.Value;

/**
 * Payment in advance of the period a payment funds: read from {@code payment} events.
 *
 * <pre>{@code
 * PaymentInAdvanceRule rule = PaymentInAdvanceRule.builder()
 *     .id("grants-paid-in-advance")
 *     .modality(Modality.SHOULD)
 *     .addArrangements(Arrangement.GRANT)
 *     .paidBy(Sector.PUBLIC)
 *     .paidTo(Sector.VOLUNTARY_COMMUNITY)
 *     .addExemptions(Exemption.AGREED_OTHERWISE)
 *     .source(Citation.of("Funding 6", "Grants should be paid in advance ..."))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractPaymentInAdvanceRule implements Rule {
  /** The kind name of this rule in JSON. */
  public static final String KIND = "payment-in-advance";

  @Override
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  @Override
  public abstract Modality getModality();

  /** The arrangements the rule covers. */
  @NotEmpty
  public abstract Set<Arrangement> getArrangements();

  /** The sector that pays (the event's {@code paidBy}). */
  public abstract Sector getPaidBy();

  /** The sector that is paid (the event's {@code paidTo}). */
  public abstract Sector getPaidTo();

  /** The exemptions the rule states. */
  public abstract Set<Exemption> getExemptions();

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
   * payment is by and to the rule's sectors, and the payment funds a period
   * ({@code periodStartsOn}). It is {@code exempt} under the agreed-otherwise exemption when
   * the parties agreed to payment in arrears. Otherwise it is due on {@code periodStartsOn}:
   * paid on or before it is {@code met}, later {@code not-met}; unpaid, {@code pending} while
   * {@code asOf} is on or before it, then {@code not-met}.
   */
  @Override
  public Assessment evaluate(Event event, RuleContext context) {
    Payment payment = (Payment) event;
    Assessment outOfScope = Scopes.payment(getArrangements(), getPaidBy(), getPaidTo(), payment);
    if (outOfScope != null) {
      return outOfScope;
    }
    LocalDate periodStarts = payment.getPeriodStartsOn().orElse(null);
    if (periodStarts == null) {
      return Assessment.of(Outcome.NOT_APPLICABLE, "This payment does not fund a period"
          + " (periodStartsOn is not given), so it cannot be paid in advance of one.");
    }
    if (payment.getInArrearsByAgreement().orElse(false)
        && getExemptions().contains(Exemption.AGREED_OTHERWISE)) {
      return Assessment.of(Outcome.EXEMPT, Sentence.start("The parties agreed to pay in arrears"
          + " for the period starting on ").date(periodStarts)
          .text(", so the agreed-otherwise exemption holds").end());
    }
    return Scopes.paidBy(payment, periodStarts,
        sentence -> sentence.text("the start of the period it funds"), context);
  }
}
