package org.compacts.rules;

import org.compacts.model.Citation;
import org.compacts.model.Modality;

/**
 * A quantified rule of a compact: data that says what the compact requires of one type of
 * event, citing the words it rests on.
 */
public interface Rule {
  /** The rule's id, a slug unique among the compact's rules. */
  String getId();

  /** How strongly the rule is put. */
  Modality getModality();

  /** Where the rule stands in the source, and its verbatim words. */
  Citation getSource();

  /** The rule's kind as it appears in JSON, such as {@code minimum-notice}. */
  String kind();
}
