package org.compacts.model;

/** What sort of document a compact is. */
public enum CompactKind {
  /** An agreement between the sectors. */
  COMPACT,
  /** A one-sided pledge by a public body to the sector. */
  PLEDGE,
  /** Another written agreement between the sectors. */
  AGREEMENT
}
