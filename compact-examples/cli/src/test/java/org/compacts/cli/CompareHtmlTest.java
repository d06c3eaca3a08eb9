package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.compacts.json.CompactJson;
import org.compacts.model.Governance;
import org.compacts.samples.SampleCompacts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  }

  @Test
  void textFromAFileStaysTextOnThePage(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("hostile.json");
    String title = "<img src=x onerror=alert(1)> \"quoted\" </td></tr>";
    Files.writeString(file, CompactJson.create().write(SampleCompacts.leicestershire()
        .withId("hostile-compact").withTitle(title)
        .withGovernance(Governance.builder()
            .overseenBy("The </td><script>alert(2)</script> Board \u001b[31m").build())));

    Cli cli = Cli.run("compare", "--format", "html", "leicestershire-compact",
        file.toString());

    assertThat(cli.code).isZero();
    assertThat(cli.out).doesNotContain("\u001b");
    Document page = Jsoup.parse(cli.out);
    assertThat(page.select("script, img")).isEmpty();
    assertThat(page.select("ul.compacts li").get(1).text())
        .isEqualTo("hostile-compact: " + title);
    List<String> oversight = table(page).stream()
        .filter(r -> r.get(0).equals("Oversight")).findFirst().orElseThrow();
    assertThat(oversight).containsExactly("Oversight", "—",
        "The </td><script>alert(2)</script> Board \\u001b[31m");
    assertThat(page.select("tbody tr")).allSatisfy(tr -> assertThat(tr.children()).hasSize(3));
  }

  @Test
  void theHelpNamesBothFormats() {
    assertThat(Cli.run("compare", "--help").out).contains("markdown, html");
  }
}
