package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.compacts.json.CompactJson;
import org.compacts.model.Governance;
import org.compacts.samples.SampleCompacts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code compare --format html}: the Markdown table's cells, as one self-contained page. */
class CompareHtmlTest {
  private static List<List<String>> table(Document page) {
    List<List<String>> rows = new ArrayList<>();
    for (Element tr : page.select("table tr")) {
      List<String> row = new ArrayList<>();
      tr.select("th, td").forEach(cell -> row.add(cell.wholeText()));
      rows.add(row);
    }
    return rows;
  }

  private static String[] compare(String format, List<String> sources) {
    List<String> args = new ArrayList<>(List.of("compare", "--format", format));
    args.addAll(sources);
    return args.toArray(String[]::new);
  }

  @Test
  void theFiveSamplesShowTheSameCellsAsTheMarkdownTable() throws Exception {
    List<String> five = SampleCompacts.ids();
    Cli html = Cli.run(compare("html", five));
    Cli markdown = Cli.run(compare("markdown", five));
    assertThat(html.code).isZero();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "compare-samples.html"), html.out);

    Document page = Jsoup.parse(html.out);
    assertThat(table(page)).isEqualTo(DiffCommandTest.parseTable(markdown.out));
    List<String> header = new ArrayList<>(List.of("Topic"));
    header.addAll(five);
    assertThat(page.select("thead th").eachText()).isEqualTo(header);
    assertThat(page.select("tbody th[scope=row]")).hasSize(12);
    assertThat(page.select("ul.compacts li")).hasSize(5);
    assertThat(page.select("ul.compacts li").first().text())
        .isEqualTo("tamworth-vcse-pledge-2022: " + SampleCompacts.tamworth().getTitle());
    assertThat(page.select("script, link, img, iframe, object")).isEmpty();
    assertThat(page.select("[src], [href]")).isEmpty();
    assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'");
    String style = page.select("style").html();
    assertThat(style).doesNotContain("url(", "@import", "@font-face");
    assertThat(style).as("the topics stay in view while a wide table scrolls sideways")
        .containsPattern("th\\[scope=row\\][^{]*\\{[^}]*position: sticky; left: 0");
  }

  /** The elements and attributes the page is made of; text from a file must add none. */
  private static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "style",
      "body", "h1", "ul", "li", "code", "div", "table", "thead", "tbody", "tr", "th", "td");
  private static final Set<String> ATTRIBUTES = Set.of("lang", "charset", "name", "content",
      "http-equiv", "class", "scope");

  private static final String MARKUP = "<img src=x onerror=alert(1)> \"quoted\" </td></tr>";

  /** Sandwell's compact with markup, quotes and a terminal escape in its printed texts. */
  private static ObjectNode hostile() {
    ObjectNode doc = (ObjectNode) JsonMapper.builder().build().readTree(CompactJson.create()
        .write(SampleCompacts.sandwell().withId("hostile-compact")
            .withGovernance(Governance.builder()
                .overseenBy("The </td><script>alert(2)</script> Board \u001b[31m").build())));
    doc.put("title", MARKUP + " \u001b[2J");
    ((ObjectNode) doc.at("/resolution/stages/0")).put("name", "Talk </td><td>" + MARKUP);
    return doc;
  }

  @Test
  void textFromAFileStaysTextOnThePage(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("hostile.json");
    Files.writeString(file, hostile().toString());

    Cli cli = Cli.run("compare", "--format", "html", "leicestershire-compact",
        file.toString());

    assertThat(cli.code).isZero();
    assertThat(cli.out).doesNotContain("\u001b");
    Document page = Jsoup.parse(cli.out);
    List<Element> elements = page.getAllElements().subList(1, page.getAllElements().size());
    assertThat(elements.stream().map(Element::tagName).collect(Collectors.toSet()))
        .isSubsetOf(ELEMENTS);
    assertThat(elements.stream().flatMap(e -> e.attributes().asList().stream())
        .map(Attribute::getKey).collect(Collectors.toSet())).isSubsetOf(ATTRIBUTES);
    assertThat(page.select("script, img")).isEmpty();
    assertThat(page.select("ul.compacts li").get(1).text())
        .isEqualTo("hostile-compact: " + MARKUP + " \\u001b[2J");
    List<List<String>> table = table(page);
    assertThat(table).allSatisfy(row -> assertThat(row).hasSize(3));
    Map<String, String> hostileColumn = new LinkedHashMap<>();
    table.forEach(row -> hostileColumn.put(row.get(0), row.get(2)));
    assertThat(hostileColumn.get("Oversight"))
        .isEqualTo("The </td><script>alert(2)</script> Board \\u001b[31m");
    assertThat(hostileColumn.get("Dispute stages"))
        .startsWith("4 stages: 1. Talk </td><td>" + MARKUP + "; 2. ");
    assertThat(table).isEqualTo(DiffCommandTest.parseTable(Cli.run("compare",
        "leicestershire-compact", file.toString()).out));
  }

  @Test
  void aFileWhoseIdIsMarkupIsRefusedWithoutAPage(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("hostile.json");
    Files.writeString(file, hostile().put("id", MARKUP + "\u001b[2J").toString());

    Cli cli = Cli.run("compare", "--format", "html", "leicestershire-compact",
        file.toString());

    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.out).isEmpty();
    assertThat(cli.err).contains("/id").doesNotContain("\u001b");
  }

  @Test
  void theHelpNamesBothFormats() {
    assertThat(Cli.run("compare", "--help").out).contains("markdown, html");
  }
}
