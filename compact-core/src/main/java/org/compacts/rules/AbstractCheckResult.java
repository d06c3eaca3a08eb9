package org.compacts.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What checking a list of events against a compact gives: every finding, in event order and
 * within an event in the compact's rule order, and the events that no rule judged because no
 * rule of the compact reads their type, so that none vanishes silently.
 *
 * <pre>{@code
 * CheckResult result = prepared.checkResult(events, LocalDate.of(2025, 6, 30));
 * result.getFindings();          // each with getEvent(), the event's index in the list
 * result.unjudgedByType();       // {payment=2}: no rule of the compact reads payments
 * }</pre>
 */
@Value.Immutable
abstract class AbstractCheckResult {
  /** The findings, in event order and then in the compact's rule order. */
  public abstract List<Finding> getFindings();

  /** The events no rule judged, in event order. */
  public abstract List<UnjudgedEvent> getUnjudged();

  /**
   * How many events of each type no rule judged, the types in the order they first came.
   *
   * @return event type to count; empty when every event was judged
   */
  public Map<String, Long> unjudgedByType() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (UnjudgedEvent event : getUnjudged()) {
      counts.merge(event.getType(), 1L, Long::sum);
    }
    return counts;
  }
}
