package org.compacts.rules;

/** What a rule says about an event. */
public enum Outcome {
  /** The facts satisfy the rule. */
  MET,
  /** The facts fall short of the rule. Compacts are not legally binding: this is not a breach. */
  NOT_MET,
  /** The rule applies to this kind of event, but a stated exemption holds. */
  EXEMPT,
  /** The rule does not speak to this event (wrong actor, sector or arrangement). */
  NOT_APPLICABLE,
  /** Not yet decidable: a deadline has not passed, or a needed fact is not given. */
  PENDING
}
