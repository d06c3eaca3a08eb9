package org.compacts.model;

/** A qualifier that limits an undertaking. */
public enum Qualifier {
  /** "where possible", "wherever possible". */
  WHERE_POSSIBLE,
  /** "where legally possible". */
  WHERE_LEGALLY_POSSIBLE,
  /** "where appropriate", "as appropriate". */
  WHERE_APPROPRIATE,
  /** "where relevant". */
  WHERE_RELEVANT,
  /** "where applicable". */
  WHERE_APPLICABLE,
  /** "where needed". */
  WHERE_NEEDED
}
