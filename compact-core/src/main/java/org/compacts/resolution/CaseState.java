package org.compacts.resolution;

/** Where a dispute case is in its life. */
public enum CaseState {
  /** At one of the procedure's stages. */
  OPEN,
  /** Escalated from the last stage: referred to the procedure's external bodies. */
  REFERRED,
  /** Resolved; nothing more can be recorded. */
  RESOLVED
}
