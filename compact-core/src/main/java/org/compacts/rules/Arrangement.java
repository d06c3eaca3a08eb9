package org.compacts.rules;

/** The kind of funding or support arrangement an event concerns. */
public enum Arrangement {
  /** A contract. */
  CONTRACT,
  /** A grant. */
  GRANT,
  /** An agreement. */
  AGREEMENT,
  /** Other support. */
  SUPPORT,
  /** Accommodation or another asset. */
  ACCOMMODATION_ASSET
}
