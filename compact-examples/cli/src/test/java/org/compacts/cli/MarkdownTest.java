package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.compacts.testkit.Gen;
import org.compacts.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Text from input, written by {@link Markdown} in a heading, a paragraph, a list item or a
 * table cell, reads back from CommonMark as that text, in that place, and nothing else.
 */
class MarkdownTest {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private static final String[] HOSTILE = {"<script>alert(1)</script>", "*", "**", "_", "`",
      "[", "](", "http://x.example/", "[a](javascript:x)", "![i](x.png)",
      "<img src=x onerror=alert(1)>", "<", ">", "&amp;", "&#60;", "|", "\\", "#", "- ", "+ ",
      "1. ", "!", "[^1]", "~~", "~~~", "```", "---", "===", "\n", "\r\n", "\t", "\u0007",
      "\u001b[31m", "\u202e", "\u2028", "    ", "a", "Grant", " ", "é", "\u00a0", "{", "}", "(",
      ")", "+", "=", "\"", "'", ":", "*x*"};

  /** What the text should read as: control characters, line breaks too, shown as \\uXXXX. */
  private static String expected(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (TerminalText.isControl(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The text without the white space at its ends that strong emphasis leaves out. */
  private static String trimmed(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && Markdown.isMarkdownSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && Markdown.isMarkdownSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Hostile pieces, from the very start of the text: a leading {@code #} or {@code 1.} too. */
  private static String hostile(Gen gen) {
    StringBuilder text = new StringBuilder();
    int parts = gen.between(1, 12);
    for (int i = 0; i < parts; i++) {
      text.append(gen.pick(HOSTILE));
    }
    return text.append('x').toString();
  }

  /** The literal text of a node's Text children, and the names of any other nodes inside. */
  private static String texts(Node node, List<String> others) {
    StringBuilder out = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        out.append(text.getLiteral());
      }

      @Override
      protected void visitChildren(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
          if (!(child instanceof Text)) {
            others.add(child.getClass().getSimpleName());
          }
          child.accept(this);
        }
      }
    });
    return out.toString();
  }

  /** The only block of a document, checked to be the only one. */
  private static Node only(String markdown) {
    Node document = PARSER.parse(markdown);
    assertThat(document.getFirstChild()).as(markdown).isNotNull();
    assertThat(document.getFirstChild().getNext()).as(markdown).isNull();
    return document.getFirstChild();
  }

  @TestFactory
  Stream<DynamicTest> aTextIsOneParagraphOfThatText() {
    return Property.forAll("a text is one paragraph of that text", gen -> {
      String text = hostile(gen);
      String markdown = new Markdown().paragraph(text).render();
      Node paragraph = only(markdown);
      assertThat(paragraph).as(markdown).isInstanceOf(Paragraph.class);
      List<String> others = new ArrayList<>();
      assertThat(texts(paragraph, others)).as(markdown).isEqualTo(expected(text));
      assertThat(others).as("nodes other than text in " + markdown).isEmpty();
    });
  }

  @TestFactory
  Stream<DynamicTest> aTextIsOneHeadingOfThatText() {
    return Property.forAll("a text is one heading of that text", gen -> {
      String text = hostile(gen);
      String markdown = new Markdown().heading(2, text).render();
      Node heading = only(markdown);
      assertThat(heading).as(markdown).isInstanceOf(Heading.class);
      assertThat(((Heading) heading).getLevel()).isEqualTo(2);
      List<String> others = new ArrayList<>();
      // Spaces at the ends of a heading are not part of its text in Markdown.
      assertThat(texts(heading, others)).as(markdown).isEqualTo(expected(text).strip());
      assertThat(others).as("nodes other than text in " + markdown).isEmpty();
    });
  }

  @TestFactory
  Stream<DynamicTest> aTextStaysInItsTableCell() {
    return Property.forAll("a text stays in its table cell", gen -> {
      String text = hostile(gen);
      String other = hostile(gen);
      String markdown = new Markdown().table(List.of("Funder", "events", "total"),
          List.of(List.of(text, "3", other)), true).render();
      List<String> cells = new ArrayList<>();
      List<String> others = new ArrayList<>();
      PARSER.parse(markdown).accept(new AbstractVisitor() {
        @Override
        public void visitChildren(Node parent) {
          for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableCell) {
              cells.add(texts(child, others));
            } else {
              child.accept(this);
            }
          }
        }
      });
      assertThat(cells).as(markdown).containsExactly("Funder", "events", "total",
          expected(text).strip(), "3", expected(other).strip());
      assertThat(others).as("nodes other than text in " + markdown).isEmpty();
    });
  }

  @TestFactory
  Stream<DynamicTest> aListItemIsItsBoldLeadAndItsText() {
    return Property.forAll("a list item is its bold lead and its text", gen -> {
      String lead = " " + hostile(gen) + " ";
      String text = ", " + hostile(gen);
      String markdown = new Markdown().items(List.of(List.of(lead, text),
          List.of("", "… and 2 more."))).render();
      Node list = only(markdown);
      assertThat(list).as(markdown).isInstanceOf(BulletList.class);
      Node item = list.getFirstChild();
      assertThat(item).isInstanceOf(ListItem.class);
      assertThat(item.getNext()).isInstanceOf(ListItem.class);
      assertThat(item.getNext().getNext()).isNull();
      Node paragraph = item.getFirstChild();
      assertThat(paragraph).isInstanceOf(Paragraph.class);
      assertThat(paragraph.getNext()).isNull();
      Node strong = paragraph.getFirstChild();
      assertThat(strong).as(markdown).isInstanceOf(StrongEmphasis.class);
      List<String> inside = new ArrayList<>();
      assertThat(texts(strong, inside)).as(markdown).isEqualTo(expected(trimmed(lead)));
      assertThat(inside).as("nodes other than text in " + markdown).isEmpty();
      List<String> others = new ArrayList<>();
      assertThat(texts(paragraph, others)).as(markdown)
          .isEqualTo(expected(trimmed(lead)) + expected(text));
      assertThat(others).as(markdown).containsExactly("StrongEmphasis");
      assertThat(texts(item.getNext(), new ArrayList<>())).isEqualTo("… and 2 more.");
    });
  }

  @Test
  void controlCharactersAreShownNotSent() {
    assertThat(new Markdown().paragraph("a\u001b[31mb\u202e").render())
        .isEqualTo("a\\\\u001b\\[31mb\\\\u202e\n");
    assertThat(new Markdown().paragraph("From 2023-02-01 (3 years), Ltd. #4 + 5!").render())
        .isEqualTo("From 2023-02-01 (3 years), Ltd. #4 \\+ 5!\n");
    assertThat(TerminalText.escape("a\u001b[31mb\u202e")).isEqualTo("a\\u001b[31mb\\u202e");
    assertThat(TerminalText.escape("plain")).isSameAs("plain");
  }

  @Test
  void numberColumnsAreAlignedRight() {
    assertThat(new Markdown().table(List.of("Rule", "met", "total"),
        List.of(List.of("a", "1", "2")), true).render())
        .isEqualTo("|Rule|met|total|\n|---|---:|---:|\n|a|1|2|\n");
    assertThat(new Markdown().table(List.of("Topic", "A"), List.of(List.of("b", "c"))).render())
        .isEqualTo("|Topic|A|\n|---|---|\n|b|c|\n");
  }
}
