package org.compacts.rules;

import java.util.Set;
import org.compacts.model.Sector;

/** Applicability tests shared by rule kinds that read the same event type. */
final class Scopes {
  private Scopes() {}

  /**
   * The consultation rules apply when the event's {@code by} is the rule's sector and the
   * event's {@code significantEffectOn} shares a sector with the rule's.
   *
   * @return a {@code not-applicable} assessment, or null when the rule applies
   */
  static Assessment consultation(Sector by, Set<Sector> affecting, Consultation consultation) {
    if (consultation.getBy() != by) {
      return Assessment.of(Outcome.NOT_APPLICABLE, Sentence.start("This consultation is run by"
          + " the ").label(consultation.getBy()).text(" sector, but the rule covers"
          + " consultations by the ").label(by).text(" sector").end());
    }
    for (Sector sector : consultation.getSignificantEffectOn()) {
      if (affecting.contains(sector)) {
        return null;
      }
    }
    return Assessment.of(Outcome.NOT_APPLICABLE, Sentence.start("This consultation has no"
        + " significant effect on the ").either(affecting).text(" sector, which the rule covers")
        .end());
  }
}
