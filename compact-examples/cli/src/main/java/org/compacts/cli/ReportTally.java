package org.compacts.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.compacts.rules.Finding;
import org.compacts.rules.Outcome;
import org.compacts.rules.Rule;

/**
 * The counts of a compliance report, gathered an event at a time in the memory of the counts
 * (funders, years, currencies) and the first {@value #LISTED} events of each list, so that a
 * file of any size can be reported on.
 *
 * <p>Findings are counted by rule and outcome. Events are counted by funder, year and money
 * under one outcome each: the least favourable of their findings, in the order {@code not-met},
 * {@code pending}, {@code met}, {@code exempt}, {@code not-applicable}; an event that no rule
 * reads is counted under "no rule".
 */
final class ReportTally {
  /** How many events each list names before it gives a count of the rest. */
  static final int LISTED = 50;

  /** The columns of the counts: the outcomes, then events no rule reads. */
  static final List<String> COLUMNS =
      List.of("met", "not-met", "pending", "exempt", "not-applicable", "no rule");
  static final int NO_RULE = 5;

  /** An event named in a list, with the rule and the reason. */
  record Listed(String event, String rule, String reason) {}

  private final Compact compact;
  private final LocalDate asOf;
  private final Map<String, long[]> byRule = new LinkedHashMap<>();
  private final Map<String, long[]> byFunder = new LinkedHashMap<>();
  private final TreeMap<Integer, long[]> byYear = new TreeMap<>();
  private final Map<String, BigDecimal[]> money = new TreeMap<>();
  private final List<String> unread = new ArrayList<>();
  private final List<Listed> notMet = new ArrayList<>();
  private final List<Listed> pending = new ArrayList<>();
  private long events;
  private long findings;
  private long unreadCount;
  private long notMetCount;
  private long pendingCount;
  private long undated;

  ReportTally(Compact compact, LocalDate asOf) {
    this.compact = compact;
    this.asOf = asOf;
    for (Rule rule : compact.getRules()) {
      byRule.put(rule.getId(), new long[COLUMNS.size() - 1]);
    }
  }

  /**
   * Counts one event and its findings.
   *
   * @param position the event's place among the events checked, from 0
   * @param event the event
   * @param found its findings
   */
  void add(long position, Event event, List<Finding> found) {
    events++;
    String label = label(position, event);
    int worst = NO_RULE;
    for (Finding f : found) {
      findings++;
      int column = column(f.getOutcome());
      byRule.computeIfAbsent(f.getRule(), r -> new long[COLUMNS.size() - 1])[column]++;
      worst = worst == NO_RULE || rank(column) < rank(worst) ? column : worst;
      if (f.getOutcome() == Outcome.NOT_MET) {
        if (notMetCount++ < LISTED) {
          notMet.add(new Listed(label, f.getRule(), f.getReason()));
        }
      } else if (f.getOutcome() == Outcome.PENDING) {
        if (pendingCount++ < LISTED) {
          pending.add(new Listed(label, f.getRule(), f.getReason()));
        }
      }
    }
    if (worst == NO_RULE && unreadCount++ < LISTED) {
      unread.add(label);
    }
    String funder = EventFacts.funder(event);
    byFunder.computeIfAbsent(funder == null ? "(not given)" : funder,
        k -> new long[COLUMNS.size()])[worst]++;
    LocalDate day = EventFacts.day(event);
    if (day != null) {
      byYear.computeIfAbsent(day.getYear(), k -> new long[COLUMNS.size()])[worst]++;
    } else {
      undated++;
    }
    BigDecimal amount = EventFacts.amount(event);
    if (amount != null) {
      BigDecimal[] sums = money.computeIfAbsent(EventFacts.currency(event), k -> {
        BigDecimal[] zero = new BigDecimal[COLUMNS.size()];
        java.util.Arrays.fill(zero, BigDecimal.ZERO);
        return zero;
      });
      sums[worst] = sums[worst].add(amount);
    }
  }

  private static String label(long position, Event event) {
    String id = EventFacts.id(event);
    return id != null ? id : "event " + position;
  }

  static int column(Outcome outcome) {
    switch (outcome) {
      case MET:
        return 0;
      case NOT_MET:
        return 1;
      case PENDING:
        return 2;
      case EXEMPT:
        return 3;
      default:
        return 4;
    }
  }

  /** Lower is less favourable: not-met, pending, met, exempt, not-applicable. */
  private static int rank(int column) {
    return column == 1 ? 0 : column == 2 ? 1 : column == 0 ? 2 : column;
  }

  Compact compact() {
    return compact;
  }

  LocalDate asOf() {
    return asOf;
  }

  long events() {
    return events;
  }

  long findings() {
    return findings;
  }

  Map<String, long[]> byRule() {
    return byRule;
  }

  /** Funders with most events first, then by name. */
  List<Map.Entry<String, long[]>> byFunder() {
    List<Map.Entry<String, long[]>> list = new ArrayList<>(byFunder.entrySet());
    list.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -total(e.getValue()))
        .thenComparing(Map.Entry::getKey));
    return list;
  }

  /** Every year from the first to the last, those without events as zeros. */
  Map<Integer, long[]> byYear() {
    if (!byYear.isEmpty()) {
      for (int year = byYear.firstKey(); year < byYear.lastKey(); year++) {
        byYear.putIfAbsent(year, new long[COLUMNS.size()]);
      }
    }
    return byYear;
  }

  long undated() {
    return undated;
  }

  Map<String, BigDecimal[]> money() {
    return money;
  }

  List<String> unread() {
    return unread;
  }

  long unreadCount() {
    return unreadCount;
  }

  List<Listed> notMet() {
    return notMet;
  }

  long notMetCount() {
    return notMetCount;
  }

  List<Listed> pending() {
    return pending;
  }

  long pendingCount() {
    return pendingCount;
  }

  static long total(long[] counts) {
    long sum = 0;
    for (long c : counts) {
      sum += c;
    }
    return sum;
  }
}
