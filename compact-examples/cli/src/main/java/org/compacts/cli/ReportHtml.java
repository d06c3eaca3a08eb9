package org.compacts.cli;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A compliance report as one self-contained HTML page a council officer can email: inline
 * styles, inline SVG charts (outcomes per rule, events per year by outcome), no script and
 * nothing fetched from anywhere (a Content-Security-Policy says so to the browser), laid out
 * for a phone and for A4 paper. The page comes from a Mustache template, which escapes every
 * value it writes; the charts' geometry comes from {@link StackedBars}.
 */
final class ReportHtml {
  private static final Mustache PAGE =
      new DefaultMustacheFactory("org/compacts/cli/report").compile("page.mustache");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private ReportHtml() {}

  static String render(ReportTally t) {
    StringWriter out = new StringWriter();
    PAGE.execute(out, model(t));
    return out.toString();
  }

  static Map<String, Object> model(ReportTally t) {
    List<String> outcomes = ReportTally.COLUMNS.subList(0, ReportTally.NO_RULE);
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("title", TerminalText.escape(t.compact().getTitle()));
    page.put("id", TerminalText.escape(t.compact().getId()));
    page.put("asOf", t.asOf().toString());
    page.put("asOfText", DAY.format(t.asOf()));
    page.put("events", number(t.events()));
    page.put("findings", number(t.findings()));
    page.put("outcomes", columns(outcomes));
    page.put("columns", columns(ReportTally.COLUMNS));

    StackedBars ruleChart = StackedBars.of("Outcomes per rule", outcomes);
    List<Map<String, Object>> rules = new ArrayList<>();
    for (Map.Entry<String, long[]> e : t.byRule().entrySet()) {
      ruleChart.row(TerminalText.escape(e.getKey()), e.getValue());
      rules.add(row(e.getKey(), outcomes, e.getValue()));
    }
    page.put("rules", rules);
    page.put("ruleChart", ruleChart.model());

    List<Map<String, Object>> funders = new ArrayList<>();
    List<Map.Entry<String, long[]>> all = t.byFunder();
    for (Map.Entry<String, long[]> e : all.subList(0,
        Math.min(ReportMarkdown.FUNDERS, all.size()))) {
      funders.add(row(e.getKey(), ReportTally.COLUMNS, e.getValue()));
    }
    page.put("funders", funders);
    page.put("moreFunders", all.size() > ReportMarkdown.FUNDERS
        ? number(all.size() - ReportMarkdown.FUNDERS) : null);

    StackedBars yearChart = StackedBars.of("Events per year by outcome", ReportTally.COLUMNS);
    List<Map<String, Object>> years = new ArrayList<>();
    for (Map.Entry<Integer, long[]> e : t.byYear().entrySet()) {
      yearChart.row(String.valueOf(e.getKey()), e.getValue());
      years.add(row(String.valueOf(e.getKey()), ReportTally.COLUMNS, e.getValue()));
    }
    page.put("years", years);
    page.put("yearChart", years.isEmpty() ? null : yearChart.model());
    page.put("undated", t.undated() > 0 ? number(t.undated()) : null);

    List<Map<String, Object>> money = new ArrayList<>();
    for (Map.Entry<String, BigDecimal[]> e : t.money().entrySet()) {
      List<Map<String, Object>> cells = new ArrayList<>();
      BigDecimal total = BigDecimal.ZERO;
      for (int i = 0; i < e.getValue().length; i++) {
        cells.add(Map.of("column", ReportTally.COLUMNS.get(i),
            "value", ReportMarkdown.money(e.getValue()[i])));
        total = total.add(e.getValue()[i]);
      }
      money.add(Map.of("currency", TerminalText.escape(e.getKey()), "cells", cells,
          "total", ReportMarkdown.money(total)));
    }
    page.put("money", money);
    page.put("hasMoney", !money.isEmpty());

    page.put("unreadCount", number(t.unreadCount()));
    page.put("unread", t.unread().stream().map(TerminalText::escape).toList());
    page.put("noUnread", t.unreadCount() == 0);
    page.put("moreUnread", t.unreadCount() > t.unread().size()
        ? number(t.unreadCount() - t.unread().size()) : null);
    page.put("lists", List.of(list("not-met", "Not met", t.notMet(), t.notMetCount()),
        list("pending", "Pending", t.pending(), t.pendingCount())));
    return page;
  }

  private static Map<String, Object> list(String css, String title,
      List<ReportTally.Listed> items, long total) {
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("css", css);
    list.put("title", title);
    list.put("count", number(total));
    List<Map<String, Object>> named = new ArrayList<>();
    for (ReportTally.Listed item : items) {
      named.add(Map.of("event", TerminalText.escape(item.event()), "rule",
          TerminalText.escape(item.rule()), "reason", TerminalText.escape(item.reason())));
    }
    list.put("items", named);
    list.put("none", total == 0);
    list.put("more", total > items.size() ? number(total - items.size()) : null);
    return list;
  }

  private static List<Map<String, Object>> columns(List<String> names) {
    List<Map<String, Object>> columns = new ArrayList<>();
    for (String name : names) {
      columns.add(Map.of("name", name, "css", StackedBars.css(name)));
    }
    return columns;
  }

  private static Map<String, Object> row(String name, List<String> columns, long[] counts) {
    List<Map<String, Object>> cells = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      cells.add(Map.of("column", columns.get(i), "count", number(counts[i]),
          "css", StackedBars.css(columns.get(i))));
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("name", TerminalText.escape(name));
    row.put("cells", cells);
    row.put("total", number(ReportTally.total(counts)));
    return row;
  }

  static String number(long n) {
    return String.format(Locale.UK, "%,d", n);
  }
}
