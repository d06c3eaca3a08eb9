package org.compacts.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A compliance report as Markdown (CommonMark with pipe tables): totals by rule and outcome,
 * events by funder and by year, money by outcome, the events no rule reads, and the events not
 * met or pending with their reasons. Every text that came from input is escaped.
 */
final class ReportMarkdown {
  /** How many funders the table shows before it gives a count of the rest. */
  static final int FUNDERS = 25;

  private final StringBuilder out = new StringBuilder();

  private ReportMarkdown() {}

  static String render(ReportTally tally) {
    ReportMarkdown md = new ReportMarkdown();
    md.write(tally);
    return md.out.toString();
  }

  private void write(ReportTally t) {
    line("# Compliance report: " + MarkdownText.escape(t.compact().getTitle()));
    line("");
    line("Compact " + MarkdownText.escape(t.compact().getId()) + ", as of " + t.asOf() + ": "
        + count(t.events(), "event") + " checked, " + count(t.findings(), "finding") + ".");
    line("");
    line("## Findings by rule");
    line("");
    header("Rule", ReportTally.COLUMNS.subList(0, ReportTally.NO_RULE));
    for (Map.Entry<String, long[]> e : t.byRule().entrySet()) {
      row(MarkdownText.escape(e.getKey()), e.getValue());
    }
    line("");
    line("Events are counted below under the least favourable outcome of their findings"
        + " (not-met, then pending, met, exempt, not-applicable).");
    line("");
    line("## Events by year");
    line("");
    header("Year", ReportTally.COLUMNS);
    for (Map.Entry<Integer, long[]> e : t.byYear().entrySet()) {
      row(String.valueOf(e.getKey()), e.getValue());
    }
    if (t.undated() > 0) {
      line("");
      line(count(t.undated(), "event") + " without a day to count by year.");
    }
    line("");
    line("## Events by funder");
    line("");
    header("Funder", ReportTally.COLUMNS);
    List<Map.Entry<String, long[]>> funders = t.byFunder();
    for (Map.Entry<String, long[]> e : funders.subList(0, Math.min(FUNDERS, funders.size()))) {
      row(MarkdownText.escape(e.getKey()), e.getValue());
    }
    if (funders.size() > FUNDERS) {
      line("");
      line("… and " + count(funders.size() - FUNDERS, "more funder") + ".");
    }
    line("");
    line("## Money covered");
    line("");
    if (t.money().isEmpty()) {
      line("No event states an amount.");
    } else {
      StringBuilder h = new StringBuilder("| Currency |");
      StringBuilder rule = new StringBuilder("| --- |");
      for (String c : ReportTally.COLUMNS) {
        h.append(' ').append(c).append(" |");
        rule.append(" ---: |");
      }
      line(h.append(" total |").toString());
      line(rule.append(" ---: |").toString());
      for (Map.Entry<String, BigDecimal[]> e : t.money().entrySet()) {
        StringBuilder r = new StringBuilder("| ").append(MarkdownText.escape(e.getKey()))
            .append(" |");
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : e.getValue()) {
          r.append(' ').append(money(v)).append(" |");
          total = total.add(v);
        }
        line(r.append(' ').append(money(total)).append(" |").toString());
      }
    }
    line("");
    line("## Events no rule reads");
    line("");
    if (t.unreadCount() == 0) {
      line("None: every event is read by at least one rule.");
    } else {
      StringBuilder names = new StringBuilder();
      for (String id : t.unread()) {
        names.append(names.length() == 0 ? "" : ", ").append(MarkdownText.escape(id));
      }
      line(count(t.unreadCount(), "event") + ": " + names
          + (t.unreadCount() > t.unread().size()
              ? " and " + (t.unreadCount() - t.unread().size()) + " more." : "."));
    }
    listed("Not met", t.notMet(), t.notMetCount());
    listed("Pending", t.pending(), t.pendingCount());
  }

  private void listed(String title, List<ReportTally.Listed> list, long total) {
    line("");
    line("## " + title + " (" + total + ")");
    line("");
    if (total == 0) {
      line("None.");
      return;
    }
    for (ReportTally.Listed l : list) {
      line("- **" + MarkdownText.escape(l.event()) + "**, " + MarkdownText.escape(l.rule())
          + ": " + MarkdownText.escape(l.reason()));
    }
    if (total > list.size()) {
      line("- … and " + (total - list.size()) + " more.");
    }
  }

  private void header(String first, List<String> columns) {
    StringBuilder h = new StringBuilder("| ").append(first).append(" |");
    StringBuilder rule = new StringBuilder("| --- |");
    for (String c : columns) {
      h.append(' ').append(c).append(" |");
      rule.append(" ---: |");
    }
    line(h.append(" total |").toString());
    line(rule.append(" ---: |").toString());
  }

  private void row(String first, long[] counts) {
    StringBuilder r = new StringBuilder("| ").append(first).append(" |");
    for (long c : counts) {
      r.append(' ').append(ReportHtml.number(c)).append(" |");
    }
    line(r.append(' ').append(ReportHtml.number(ReportTally.total(counts))).append(" |")
        .toString());
  }

  static String money(BigDecimal amount) {
    return String.format(Locale.UK, "%,.2f", amount);
  }

  private static String count(long n, String noun) {
    return String.format(Locale.UK, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
