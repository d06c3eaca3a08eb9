package org.compacts.resolution;

import java.util.Locale;

/**
 * What can happen in a dispute case on a day.
 *
 * <p>A stage's time limit is met by the first response, meeting, escalation or resolution
 * recorded at that stage: the stage has either produced its answer or the case has left it.
 */
public enum Step {
  /** The case was opened at stage 1; only {@link DisputeCase#open} records it. */
  OPENED,
  /** A written enquiry, complaint or statement of the issue was submitted at the stage. */
  SUBMITTED,
  /** A response to the submission was given at the stage. */
  RESPONDED,
  /** The parties, or a panel or third party, met about the issue at the stage. */
  MET,
  /** The stage did not resolve the issue: the case moves to the next stage, or, from the last
   * stage, is referred to the procedure's external bodies. */
  ESCALATED,
  /** The issue was resolved; nothing more can be recorded. */
  RESOLVED;

  /**
   * Returns the step's name as used in messages, such as {@code submitted}.
   *
   * @return the lower-case name
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
