package org.compacts.rules;

/**
 * Something that happened, or is planned, that a compact's rules can be checked against.
 * Each event type is read by the rule kinds that speak to it.
 */
public interface Event {
  /** The event's type as it appears in JSON, such as {@code funding-change}. */
  String type();
}
