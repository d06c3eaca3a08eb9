package org.compacts.extension;

import java.time.LocalDate;
import java.util.Locale;
import org.compacts.model.Citation;
import org.compacts.model.CompactStyle;
import org.compacts.model.Modality;
import org.compacts.model.Sector;
import org.compacts.rules.Assessment;
import org.compacts.rules.Event;
import org.compacts.rules.Outcome;
import org.compacts.rules.Rule;
import org.compacts.rules.RuleContext;
import org.compacts.time.TimeSpan;
import org.immutables.value.Value;

/** A funding decision within a period of a complete application. */
@CompactStyle
@Value.Immutable
abstract class AbstractFundingDecisionRule implements Rule {
  public static final String KIND = "funding-decision";

  @Override
  public abstract String getId();

  @Override
  public abstract Modality getModality();

  /** The time allowed for a decision, from the day the application is complete. */
  public abstract TimeSpan getPeriod();

  /** The sector whose funders the rule binds. */
  public abstract Sector getDecidedBy();

  @Override
  public abstract Citation getSource();

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String eventType() {
    return FundingApplication.TYPE;
  }

  @Override
  public Assessment evaluate(Event event, RuleContext context) {
    FundingApplication application = (FundingApplication) event;
    if (application.getDecidedBy() != getDecidedBy()) {
      return Assessment.of(Outcome.NOT_APPLICABLE,
          "The rule covers decisions by the " + getDecidedBy().name().toLowerCase(Locale.ROOT)
              + " sector only.");
    }
    LocalDate due = getPeriod().addTo(application.getCompleteOn(), context.calendar());
    LocalDate decided = application.getDecidedOn().orElse(null);
    if (decided != null) {
      return Assessment.of(decided.isAfter(due) ? Outcome.NOT_MET : Outcome.MET,
          "The decision on " + decided + " was due by " + due + ", " + getPeriod()
              + " after the application was complete on " + application.getCompleteOn() + ".",
          due);
    }
    return Assessment.of(context.asOf().isAfter(due) ? Outcome.NOT_MET : Outcome.PENDING,
        "No decision as of " + context.asOf() + "; it was due by " + due + ".", due);
  }
}
