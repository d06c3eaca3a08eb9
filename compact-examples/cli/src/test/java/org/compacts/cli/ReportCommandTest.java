package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report of a 360Giving file against a compact, as Markdown and as HTML, read back with
 * commonmark-java and jsoup: its counts equal the findings {@code check} gives for the same
 * events, and no text from input escapes into markup.
 */
class ReportCommandTest {
  static final String COMPACT = "../events/exampleshire-compact.json";
  static final String GRANTS = "../events/exampleshire-grants.csv";
  private static final Parser MARKDOWN =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  @TempDir
  Path dir;

  /** The findings check gives for the grants, imported as NDJSON: rule to outcome to count. */
  private Map<String, Map<String, Integer>> checked() throws Exception {
    Cli imported = Cli.run("import", "360giving", GRANTS);
    assertThat(imported.code).isZero();
    Path events = dir.resolve("grants.ndjson");
    Files.writeString(events, imported.out, StandardCharsets.UTF_8);
    Cli check = Cli.run("check", COMPACT, events.toString(), "--as-of", "2025-06-30");
    assertThat(check.err).isEmpty();
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    JsonMapper mapper = JsonMapper.builder().build();
    for (String line : check.out.split("\n")) {
      JsonNode finding = mapper.readTree(line);
      counts.computeIfAbsent(finding.get("rule").asString(), r -> new HashMap<>())
          .merge(finding.get("outcome").asString(), 1, Integer::sum);
    }
    return counts;
  }

  @Test
  void theHtmlPageCountsWhatCheckFinds() throws Exception {
    Map<String, Map<String, Integer>> checked = checked();
    assertThat(checked.get("three-year-grants")).containsOnly(Map.entry("met", 3),
        Map.entry("not-met", 2), Map.entry("pending", 1), Map.entry("not-applicable", 1));
    Cli report = Cli.run("report", COMPACT, GRANTS, "--as-of", "2025-06-30", "--format",
        "html");
    assertThat(report.code).isZero();
    assertThat(report.err).isEqualTo("compact: " + GRANTS + ": grant 8 (360G-exs-2024-008) at"
        + " line 9: Its Award Date '2024-02-30' names a day that does not exist (Invalid date"
        + " 'FEBRUARY 30').\ncompact: " + GRANTS + ": 7 grants imported, 1 skipped, 2"
        + " warnings.\n");
    Document page = Jsoup.parse(report.out);
    for (String rule : List.of("three-year-grants", "full-cost-recovery")) {
      Element row = page.selectFirst("#by-rule tr[data-rule=" + rule + "]");
      for (String outcome : List.of("met", "not-met", "pending", "exempt", "not-applicable")) {
        assertThat(row.selectFirst("td[data-outcome=" + outcome + "]").text())
            .as(rule + " " + outcome)
            .isEqualTo(String.valueOf(checked.get(rule).getOrDefault(outcome, 0)));
      }
    }
    assertThat(page.selectFirst("#events").text()).isEqualTo("7");
    assertThat(page.selectFirst("#findings").text()).isEqualTo("14");
    // Events under their least favourable outcome: two terms too short, the rest pending on
    // full cost recovery, which no 360Giving file states.
    Element gbp = page.selectFirst("#money tr[data-currency=GBP]");
    assertThat(gbp.selectFirst("td[data-outcome=not-met]").text()).isEqualTo("17,300.00");
    assertThat(gbp.selectFirst("td[data-outcome=pending]").text()).isEqualTo("198,750.50");
    assertThat(page.selectFirst("#by-funder tr[data-funder=GB-LAE-EXS] td[data-outcome=total]")
        .text()).isEqualTo("6");
    assertThat(page.select("#by-year tr[data-year]").eachAttr("data-year"))
        .containsExactly("2022", "2023", "2024");
    assertThat(page.select("#not-met li")).hasSize(2);
    assertThat(page.selectFirst("#not-met li").text()).startsWith("360G-exs-2023-002,"
        + " three-year-grants: ");
  }

  @Test
  void theHtmlPageIsSelfContained() throws Exception {
    Document page = Jsoup.parse(Cli.run("report", COMPACT, GRANTS, "--as-of", "2025-06-30",
        "--format", "html").out);
    assertThat(page.select("script, link, img, iframe, object, embed, audio, video, source"))
        .isEmpty();
    for (Element e : page.getAllElements()) {
      e.attributes().forEach(a -> {
        if (!(e.tagName().equals("svg") && a.getKey().equals("xmlns"))) {
          assertThat(a.getValue()).as(e.tagName() + " " + a.getKey())
              .doesNotContainIgnoringCase("http").doesNotContainIgnoringCase("url(")
              .doesNotContain("//");
        }
        assertThat(a.getKey()).as("no event handler").doesNotStartWith("on");
      });
    }
    String style = page.select("style").html();
    assertThat(style).doesNotContain("url(", "@import", "@font-face");
    assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'");
    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.select("section").eachAttr("id")).containsExactly("by-rule", "by-year",
        "by-funder", "money", "unread", "not-met", "pending");
    assertThat(page.select("figure > svg")).hasSize(2);
    // The chart's bars for a rule add up to its findings.
    Element rules = page.selectFirst("#by-rule svg");
    assertThat(rules.select("text.total").eachText()).containsExactly("7", "7");
    assertThat(page.selectFirst("meta[name=viewport]")).isNotNull();
    assertThat(style).contains("@media print", "size: A4", "@media (max-width");
  }

  /** Events whose ids and funders are markup, Markdown and terminal controls. */
  private Path hostileEvents() throws Exception {
    String[] ids = {"<script>alert(1)</script>", "**bold** [link](http://x.example)",
        "a|b\u001b[31m", "<img src=x onerror=alert(1)>", "&amp; \"quoted\" 'single'"};
    StringBuilder lines = new StringBuilder();
    JsonMapper mapper = JsonMapper.builder().build();
    for (String id : ids) {
      lines.append("{\"type\": \"funding-award\", \"id\": ").append(mapper.writeValueAsString(id))
          .append(", \"funder\": ").append(mapper.writeValueAsString("F " + id))
          .append(", \"arrangement\": \"grant\", \"awardedBy\": \"public\", \"recipientSector\":"
              + " \"voluntary-community\", \"startsOn\": \"2024-04-01\", \"endsOn\":"
              + " \"2025-03-31\", \"amountAwarded\": 10}\n");
    }
    Path file = dir.resolve("hostile.ndjson");
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void textFromInputIsTextInTheHtmlPage() throws Exception {
    Cli report = Cli.run("report", COMPACT, hostileEvents().toString(), "--as-of",
        "2025-06-30", "--format", "html");
    assertThat(report.code).isZero();
    Document page = Jsoup.parse(report.out);
    assertThat(page.select("script, img")).isEmpty();
    assertThat(page.select("#not-met .event-id").eachText()).containsExactly(
        "<script>alert(1)</script>", "**bold** [link](http://x.example)", "a|b\\u001b[31m",
        "<img src=x onerror=alert(1)>", "&amp; \"quoted\" 'single'");
    assertThat(page.select("#by-funder tr[data-funder]").eachAttr("data-funder"))
        .contains("F <script>alert(1)</script>", "F <img src=x onerror=alert(1)>");
  }

  @Test
  void textFromInputIsTextInTheMarkdown() throws Exception {
    Cli report = Cli.run("report", COMPACT, hostileEvents().toString(), "--as-of",
        "2025-06-30");
    assertThat(report.code).isZero();
    assertThat(report.out).doesNotContain("\u001b");
    List<Node> nodes = new ArrayList<>();
    walk(MARKDOWN.parse(report.out), nodes);
    List<String> html = new ArrayList<>();
    List<String> funders = new ArrayList<>();
    List<String> notMet = new ArrayList<>();
    for (Node node : nodes) {
      if (node instanceof HtmlInline || node instanceof HtmlBlock || node instanceof Link
          || node instanceof Image) {
        html.add(node.toString());
      }
      if (node instanceof StrongEmphasis && node.getParent().getParent() instanceof ListItem) {
        notMet.add(text(node));
      }
      if (node instanceof TableBlock) {
        List<Node> cells = new ArrayList<>();
        walk(node, cells);
        List<Node> rows = cells.stream().filter(n -> n instanceof TableRow).toList();
        if (text(rows.get(0).getFirstChild()).equals("Funder")) {
          rows.stream().skip(1).forEach(r -> funders.add(text(r.getFirstChild())));
        }
      }
    }
    assertThat(html).isEmpty();
    // The not-met events come first, each as its list item's strong lead, written literally.
    assertThat(notMet.subList(0, 5)).containsExactly("<script>alert(1)</script>",
        "**bold** [link](http://x.example)", "a|b\\u001b[31m", "<img src=x onerror=alert(1)>",
        "&amp; \"quoted\" 'single'");
    assertThat(funders).contains("F <script>alert(1)</script>",
        "F **bold** [link](http://x.example)", "F a|b\\u001b[31m");
    assertThat(report.out).contains("## Not met (5)");
  }

  @Test
  void theMarkdownHasTheSectionsInOrder() {
    Cli report = Cli.run("report", COMPACT, GRANTS, "--as-of", "2025-06-30");
    assertThat(report.code).isZero();
    List<String> headings = new ArrayList<>();
    MARKDOWN.parse(report.out).accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        headings.add(text(heading));
      }
    });
    assertThat(headings).containsExactly("Compliance report: Exampleshire Compact",
        "Findings by rule", "Events by year", "Events by funder", "Money covered",
        "Events no rule reads", "Not met (2)", "Pending (8)");
    assertThat(DiffCommandTest.parseTable(report.out))
        .contains(List.of("three-year-grants", "3", "2", "1", "0", "1", "7"));
  }

  private static void walk(Node node, List<Node> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      out.add(child);
      walk(child, out);
    }
  }

  private static String text(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        out.append(text.getLiteral());
      }
    });
    return out.toString();
  }
}
