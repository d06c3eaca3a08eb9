package org.compacts.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A compliance report as Markdown (CommonMark with pipe tables): totals by rule and outcome,
 * events by funder and by year, money by outcome, the events no rule reads, and the events not
 * met or pending with their reasons. It is built through {@link Markdown}, so every text that
 * came from input is escaped by commonmark-java.
 */
final class ReportMarkdown {
  /** How many funders the table shows before it gives a count of the rest. */
  static final int FUNDERS = 25;

  private final Markdown md = new Markdown();

  private ReportMarkdown() {}

  static String render(ReportTally tally) {
    ReportMarkdown report = new ReportMarkdown();
    report.write(tally);
    return report.md.render();
  }

  private void write(ReportTally t) {
    md.heading(1, "Compliance report: " + t.compact().getTitle());
    md.paragraph("Compact " + t.compact().getId() + ", as of " + t.asOf() + ": "
        + count(t.events(), "event") + " checked, " + count(t.findings(), "finding") + ".");
    md.heading(2, "Findings by rule");
    List<String> outcomes = ReportTally.COLUMNS.subList(0, ReportTally.NO_RULE);
    List<List<String>> rules = new ArrayList<>();
    t.byRule().forEach((rule, counts) -> rules.add(row(rule, counts)));
    md.table(header("Rule", outcomes), rules, true);
    md.paragraph("Events are counted below under the least favourable outcome of their"
        + " findings (not-met, then pending, met, exempt, not-applicable).");
    md.heading(2, "Events by year");
    List<List<String>> years = new ArrayList<>();
    t.byYear().forEach((year, counts) -> years.add(row(String.valueOf(year), counts)));
    md.table(header("Year", ReportTally.COLUMNS), years, true);
    if (t.undated() > 0) {
      md.paragraph(count(t.undated(), "event") + " without a day to count by year.");
    }
    md.heading(2, "Events by funder");
    List<Map.Entry<String, long[]>> all = t.byFunder();
    List<List<String>> funders = new ArrayList<>();
    for (Map.Entry<String, long[]> e : all.subList(0, Math.min(FUNDERS, all.size()))) {
      funders.add(row(e.getKey(), e.getValue()));
    }
    md.table(header("Funder", ReportTally.COLUMNS), funders, true);
    if (all.size() > FUNDERS) {
      md.paragraph("… and " + count(all.size() - FUNDERS, "more funder") + ".");
    }
    money(t);
    md.heading(2, "Events no rule reads");
    if (t.unreadCount() == 0) {
      md.paragraph("None: every event is read by at least one rule.");
    } else {
      md.paragraph(count(t.unreadCount(), "event") + ": " + String.join(", ", t.unread())
          + (t.unreadCount() > t.unread().size()
              ? " and " + (t.unreadCount() - t.unread().size()) + " more." : "."));
    }
    listed("Not met", t.notMet(), t.notMetCount());
    listed("Pending", t.pending(), t.pendingCount());
  }

  private void money(ReportTally t) {
    md.heading(2, "Money covered");
    if (t.money().isEmpty()) {
      md.paragraph("No event states an amount.");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, BigDecimal[]> e : t.money().entrySet()) {
      List<String> row = new ArrayList<>(List.of(e.getKey()));
      BigDecimal total = BigDecimal.ZERO;
      for (BigDecimal v : e.getValue()) {
        row.add(money(v));
        total = total.add(v);
      }
      row.add(money(total));
      rows.add(row);
    }
    md.table(header("Currency", ReportTally.COLUMNS), rows, true);
  }

  private void listed(String title, List<ReportTally.Listed> list, long total) {
    md.heading(2, title + " (" + total + ")");
    if (total == 0) {
      md.paragraph("None.");
      return;
    }
    List<List<String>> items = new ArrayList<>();
    for (ReportTally.Listed l : list) {
      items.add(List.of(l.event(), ", " + l.rule() + ": " + l.reason()));
    }
    if (total > list.size()) {
      items.add(List.of("", "… and " + (total - list.size()) + " more."));
    }
    md.items(items);
  }

  private static List<String> header(String first, List<String> columns) {
    List<String> header = new ArrayList<>();
    header.add(first);
    header.addAll(columns);
    header.add("total");
    return header;
  }

  private static List<String> row(String first, long[] counts) {
    List<String> row = new ArrayList<>();
    row.add(first);
    for (long c : counts) {
      row.add(ReportHtml.number(c));
    }
    row.add(ReportHtml.number(ReportTally.total(counts)));
    return row;
  }

  static String money(BigDecimal amount) {
    return String.format(Locale.UK, "%,.2f", amount);
  }

  private static String count(long n, String noun) {
    return String.format(Locale.UK, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
  }
}
