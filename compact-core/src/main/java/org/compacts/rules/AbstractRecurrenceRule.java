package org.compacts.rules;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.Set;
import org.compacts.model.Citation;
import org.compacts.model.Modality;
import org.compacts.model.Sector;
import org.compacts.model.Slug;
import org.compacts.time.TimeSpan;
import org.immutables.value.Value;

/**
 * An activity that must happen at least once in every period, such as a quarterly meeting:
 * read from {@code governance-record} events.
 *
 * <pre>{@code
 * RecurrenceRule rule = RecurrenceRule.builder()
 *     .id("quarterly-meeting")
 *     .modality(Modality.WILL)
 *     .activity("compact-meeting")
 *     .period(TimeSpan.of(3, TimeSpanUnit.MONTHS))
 *     .source(Citation.of("Governance", "Partners are represented at a quarterly Compact meeting ..."))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractRecurrenceRule implements Rule {
  /** The kind name of this rule in JSON. */
  public static final String KIND = "recurrence";

  @Override
  @Pattern(regexp = Slug.REGEX)
  public abstract String getId();

  @Override
  public abstract Modality getModality();

  /** The activity, such as {@code compact-meeting} or {@code annual-report}. */
  @Pattern(regexp = Slug.REGEX)
  public abstract String getActivity();

  /** The period in which the activity must happen at least once. */
  @Valid
  public abstract TimeSpan getPeriod();

  /** The tags an event must carry, every one, for the rule to apply; empty for any event. */
  @Override
  public abstract Set<@Pattern(regexp = Slug.REGEX) String> getOnlyWhen();

  @Override
  @Valid
  public abstract Citation getSource();

  @Override
  public String kind() {
    return KIND;
  }

  /** Reads {@code governance-record} events. */
  @Override
  public String eventType() {
    return GovernanceRecord.TYPE;
  }

  /**
   * Decides the rule for a governance record of its activity. The record's {@code [from, to]}
   * splits into consecutive windows of the period starting at {@code from}; every window that
   * ends on or before both {@code to} and {@code asOf} must hold at least one of the record's
   * dates: {@code met} if all do, {@code not-met} naming the empty windows, {@code pending}
   * when no window has ended yet. The due date is the last day of the earliest window that
   * holds no date, where there is one.
   */
  @Override
  public Assessment evaluate(Event event, RuleContext context) {
    GovernanceRecord record = (GovernanceRecord) event;
    if (!record.getActivity().equals(getActivity())) {
      return Assessment.of(Outcome.NOT_APPLICABLE, Sentence.start("This record is of ")
          .text(record.getActivity()).text(", but the rule is about ").text(getActivity())
          .end());
    }
    return Windows.check(this, record, context);
  }
}
