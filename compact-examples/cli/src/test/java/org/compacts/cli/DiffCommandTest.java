package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.compacts.json.CompactJson;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.rules.MinimumNoticeRule;
import org.compacts.rules.Rule;
import org.compacts.samples.SampleCompacts;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class DiffCommandTest {
  private static final CompactJson JSON = CompactJson.create();
  private static final Compact LEICESTERSHIRE = SampleCompacts.leicestershire();

  @TempDir
  Path dir;

  private Path write(Compact c, String name) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, JSON.write(c));
    return file;
  }

  private static Compact shortNotice(Compact c, String text) {
    List<Rule> rules = new ArrayList<>(c.getRules());
    rules.replaceAll(r -> r instanceof MinimumNoticeRule
        ? ((MinimumNoticeRule) r).withPeriod(TimeSpan.of(1, TimeSpanUnit.MONTHS))
            .withSource(Citation.of(r.getSource().getClause(), text))
        : r);
    return c.withRules(rules);
  }

  @Test
  void theSameCompactTwiceExitsZeroAndPrintsNothing() {
    Cli cli = Cli.run("diff", "leicestershire-compact", "leicestershire-compact");
    assertThat(cli.code).isZero();
    assertThat(cli.out).isEmpty();
  }

  @Test
  void aShorterNoticeIsOneWeakenedLineFirstAndExitsOne() throws Exception {
    Path after = write(shortNotice(LEICESTERSHIRE.withTitle("Leicestershire Compact 2026"),
        "One month."), "after.json");

    Cli cli = Cli.run("diff", "leicestershire-compact", after.toString());

    assertThat(cli.code).isEqualTo(1);
    String[] lines = cli.out.split("\\R");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("weakened\tchanged rule three-months-notice (/rules/0): ")
        .contains("period 3 months → 1 month").contains("source/text");
    assertThat(lines[1]).startsWith("neutral\tchanged compact (/): title ");
  }

  @Test
  void textFromInputCannotBreakALineOrReachTheTerminal() throws Exception {
    Path after = write(LEICESTERSHIRE.withTitle("Compact\nweakened\tforged line \u001b[2J"),
        "after.json");

    Cli cli = Cli.run("diff", "leicestershire-compact", after.toString());

    assertThat(cli.out.split("\\R")).singleElement().asString()
        .startsWith("neutral\tchanged compact (/): title \"Compact Leicestershire\" → ")
        .endsWith("\"Compact\\u000aweakened\\u0009forged line \\u001b[2J\"");
  }

  @Test
  void jsonHasOneObjectPerChangeWithPointersThatResolve() throws Exception {
    Compact b = shortNotice(LEICESTERSHIRE, "One month.");
    Path after = write(b, "after.json");

    Cli cli = Cli.run("diff", "leicestershire-compact", after.toString(), "--format", "json");

    assertThat(cli.code).isEqualTo(1);
    JsonNode changes = JSON.mapper().readTree(cli.out);
    assertThat(changes.size()).isEqualTo(1);
    JsonNode c = changes.get(0);
    assertThat(c.path("change").asString()).isEqualTo("changed");
    assertThat(c.at("/element/kind").asString()).isEqualTo("rule");
    assertThat(c.at("/element/id").asString()).isEqualTo("three-months-notice");
    assertThat(c.path("effect").asString()).isEqualTo("weakened");
    assertThat(c.at("/before/period/amount").asInt()).isEqualTo(3);
    assertThat(c.at("/after/period/unit").asString()).isEqualTo("months");
    assertThat(c.at("/after/source~1text").asString()).isEqualTo("One month.");
    JsonNode docA = JSON.mapper().readTree(JSON.write(LEICESTERSHIRE));
    JsonNode docB = JSON.mapper().readTree(JSON.write(b));
    assertThat(docA.at(c.at("/pointer/before").asString() + "/period/amount").asInt())
        .isEqualTo(3);
    assertThat(docB.at(c.at("/pointer/after").asString() + "/period/amount").asInt())
        .isEqualTo(1);
  }

  @Test
  void markdownSumsUpAndTabulatesWithInputTextEscaped() throws Exception {
    String hostile = "| <img src=x onerror=alert(1)> [x](javascript:alert(1)) *bold* \u001b[2J\n# heading";
    Path after = write(shortNotice(LEICESTERSHIRE, hostile), "after.json");

    Cli cli = Cli.run("diff", "leicestershire-compact", after.toString(), "--format",
        "markdown");

    assertThat(cli.code).isEqualTo(1);
    assertThat(cli.out).startsWith("# Changes from leicestershire-compact to "
        + after.toString().replace("\\", "\\\\"));
    assertThat(cli.out).contains("1 commitment weakened, 0 strengthened, 0 wording changes.");
    assertThat(cli.out).doesNotContain("\u001b");
    List<List<String>> table = parseTable(cli.out);
    assertThat(table.get(0)).containsExactly("Effect", "Change", "Element", "Field", "Before",
        "After");
    assertThat(table).hasSize(3);
    assertThat(table.get(1)).containsExactly("weakened", "changed", "rule three-months-notice",
        "period", "3 months", "1 month");
    assertThat(table.get(2).get(3)).isEqualTo("source/text");
    assertThat(table.get(2).get(5)).isEqualTo(
        "\"" + hostile.replace("\u001b", "\\u001b").replace("\n", "\\u000a") + "\"");
  }

  @Test
  void standardInputIsReadForADash() {
    Cli cli = Cli.runWithInput(JSON.write(LEICESTERSHIRE).getBytes(StandardCharsets.UTF_8),
        "diff", "-", "leicestershire-compact");
    assertThat(cli.code).isZero();
    assertThat(Cli.run("diff", "-", "-").err).contains("standard input can be read only once");
  }

  @Test
  void badInputExitsTwo() throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"id\": ");
    assertThat(Cli.run("diff", "leicestershire-compact", "no-such-sample").code).isEqualTo(2);
    assertThat(Cli.run("diff", "leicestershire-compact", broken.toString()).code).isEqualTo(2);
    assertThat(Cli.run("diff", "-", "-").code).isEqualTo(2);
    assertThat(Cli.run("diff", "leicestershire-compact").code).isEqualTo(2);
    assertThat(Cli.run("diff", "leicestershire-compact", "leicestershire-compact",
        "--format", "yaml").code).isEqualTo(2);
  }

  /** The cells of the first table of a Markdown document, as commonmark-java parses them. */
  static List<List<String>> parseTable(String markdown) {
    List<Extension> tables = List.of(TablesExtension.create());
    Node doc = Parser.builder().extensions(tables).build().parse(markdown);
    List<List<String>> rows = new ArrayList<>();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(CustomNode node) {
        if (node instanceof TableRow) {
          List<String> row = new ArrayList<>();
          for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
            row.add(text(cell));
          }
          rows.add(row);
          return;
        }
        visitChildren(node);
      }

      @Override
      public void visit(CustomBlock node) {
        visitChildren(node);
      }
    });
    return rows;
  }

  /** The plain text of a node: its Text nodes only, so that any markup would be missing. */
  static String text(Node node) {
    StringBuilder sb = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        sb.append(text.getLiteral());
      }
    });
    return sb.toString();
  }
}
