package org.compacts.rules;

import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.compacts.model.Sector;
import org.compacts.model.Slug;
import org.compacts.model.Text;
import org.immutables.value.Value;

/**
 * A payment under a funding arrangement: who pays whom, the dates it may be due by (the start
 * of the period it funds, the day an invoice was received, an agreed payment date) and when it
 * was paid.
 *
 * <pre>{@code
 * Payment payment = Payment.builder()
 *     .id("inv-2025-0042")
 *     .arrangement(Arrangement.GRANT)
 *     .paidBy(Sector.PUBLIC)
 *     .paidTo(Sector.VOLUNTARY_COMMUNITY)
 *     .periodStartsOn(LocalDate.of(2025, 4, 1))
 *     .paidOn(LocalDate.of(2025, 3, 28))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractPayment implements Event {
  /** The type name of this event in JSON. */
  public static final String TYPE = "payment";

  /** The event's own reference, if it has one, such as an invoice number. */
  @Override
  public abstract Optional<@Pattern(regexp = Event.ID_PATTERN, message = Event.ID_MESSAGE) String>
      getId();

  /** The event's tags, slugs such as {@code major-service-change}. */
  @Override
  public abstract Set<@Pattern(regexp = Slug.REGEX) String> getTags();

  /** The arrangement the payment is made under. */
  public abstract Arrangement getArrangement();

  /** The sector that pays. */
  public abstract Sector getPaidBy();

  /** The sector that is paid. */
  public abstract Sector getPaidTo();

  /** The organisation that funds, by name or identifier (such as {@code GB-CHC-1234567}). */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK) String> getFunder();

  /** The organisation funded, by name or identifier (such as {@code GB-CHC-1234567}). */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK) String> getRecipient();

  /** The first day of the period the payment funds, if it funds one. */
  public abstract Optional<LocalDate> getPeriodStartsOn();

  /** The day the payer received the invoice, if there was one. */
  public abstract Optional<LocalDate> getInvoiceReceivedOn();

  /** The day agreed for the payment, if one was agreed. */
  public abstract Optional<LocalDate> getAgreedPaymentDate();

  /** The day the payment was made, if it has been. */
  public abstract Optional<LocalDate> getPaidOn();

  /** Whether the parties agreed to payment in arrears, if known. */
  public abstract Optional<Boolean> getInArrearsByAgreement();

  @Override
  public String type() {
    return TYPE;
  }
}
