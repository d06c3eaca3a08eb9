package org.compacts.model;

/** The three sectors a compact speaks of. */
public enum Sector {
  /** Local authorities, the NHS, police, fire and other public bodies. */
  PUBLIC,
  /** The voluntary, community and social enterprise sector (VCS, VCSE). */
  VOLUNTARY_COMMUNITY,
  /** Private businesses. */
  PRIVATE
}
