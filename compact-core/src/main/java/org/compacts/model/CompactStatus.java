package org.compacts.model;

/** Where a compact stands in its life. */
public enum CompactStatus {
  /** Still a draft, not yet adopted. */
  DRAFT,
  /** Adopted and in force. */
  ADOPTED
}
