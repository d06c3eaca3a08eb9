package org.compacts.model;

/** The kind of a governance duty. */
public enum DutyKind {
  /** Naming a champion for the compact. */
  CHAMPION,
  /** Producing an implementation plan. */
  IMPLEMENTATION_PLAN,
  /** Promoting the compact. */
  PROMOTION,
  /** Holding regular meetings. */
  MEETING,
  /** Producing regular reports. */
  REPORT,
  /** Overseeing the compact. */
  OVERSIGHT,
  /** Any other governance duty. */
  OTHER
}
