package org.compacts.rules;

/** An exemption a rule states. */
public enum Exemption {
  /** A cessation on or after a previously defined and agreed end date needs no notice. */
  AGREED_END_DATE,
  /** A consultation whose length is constrained by law. */
  LEGALLY_CONSTRAINED,
  /** A consultation shorter than the rule's period, for a reason the event states. */
  SHORTER_WITH_REASON,
  /** A payment made in arrears because the parties agreed so. */
  AGREED_OTHERWISE
}
