package org.compacts.model;

/** How strongly an undertaking or rule is put. */
public enum Modality {
  /** "will": a firm undertaking. */
  WILL,
  /** "should": an expectation. */
  SHOULD,
  /** "will endeavour", "will strive", "will do our best": an effort. */
  ENDEAVOUR,
  /** "aspire", "aim": an aspiration. */
  ASPIRE,
  /** "recognise", "value", "acknowledge": a recognition, not an act. */
  RECOGNISE,
  /** "commit", "agree": a commitment. */
  COMMIT
}
