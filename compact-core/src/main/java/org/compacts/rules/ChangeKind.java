package org.compacts.rules;

/** What a funding change does to an arrangement. */
public enum ChangeKind {
  /** A change to its terms. */
  CHANGE,
  /** Its ending. */
  CESSATION,
  /** A review of it. */
  REVIEW
}
