package org.compacts.model;

/** Who gives an undertaking. */
public enum Actor {
  /** Every party to the compact. */
  ALL_PARTNERS,
  /** The voluntary and community sector. */
  VOLUNTARY_SECTOR,
  /** The statutory sector. */
  STATUTORY_SECTOR,
  /** The public sector. */
  PUBLIC_SECTOR,
  /** The private sector. */
  PRIVATE_SECTOR,
  /** Commissioners of services. */
  COMMISSIONERS,
  /** Funders, such as public sector funders. */
  FUNDERS,
  /** Providers of services. */
  PROVIDERS,
  /** The body that makes a pledge (the "we" of a pledge). */
  PLEDGING_BODY,
  /** One named party (see the undertaking's party reference). */
  PARTY
}
