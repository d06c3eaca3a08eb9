package org.compacts.rules;

/** The day a {@code payment-within} rule counts its period from. */
public enum PaymentBasis {
  /** The day the payer received the invoice: the payment's {@code invoiceReceivedOn}. */
  INVOICE_RECEIVED,
  /** The day agreed for payment: the payment's {@code agreedPaymentDate}. */
  AGREED_DATE
}
