package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
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

/** Text from input, written by {@link Markdown}, reads back from CommonMark as that text only. */
class MarkdownTest {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private static final String[] HOSTILE = {"<script>alert(1)</script>", "*", "**", "_", "`",
      "[", "](", "http://x.example/", "<", ">", "&amp;", "&#60;", "|", "\\", "#", "- ", "1. ",
      "!", "[^1]", "~~", "---", "===", "\n", "\r\n", "\t", "\u0007", "\u001b[31m", "\u202e",
      "    ", "a", "Grant", " ", "é", "\u00a0", "{", "}", "(", ")", "+", "=", "\"", "'"};

  /** What the text should read as: control characters, line breaks too, shown as escapes. */
  private static String expected(String text) {
    return TerminalText.escape(text);
  }

  private static String hostile(Gen gen) {
    StringBuilder text = new StringBuilder("x");
    int parts = gen.between(1, 12);
    for (int i = 0; i < parts; i++) {
      text.append(gen.pick(HOSTILE));
    }
    return text.append('x').toString();
  }

  /** The literal text of a node's Text children, and whether anything else is inside. */
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

  @TestFactory
  Stream<DynamicTest> anEscapedTextIsOneParagraphOfThatText() {
    return Property.forAll("an escaped text is one paragraph of that text", gen -> {
      String text = hostile(gen);
      Node document = PARSER.parse(new Markdown().paragraph("Funder: " + text).render());
      assertThat(document.getFirstChild()).isInstanceOf(Paragraph.class);
      assertThat(document.getFirstChild().getNext()).isNull();
      List<String> others = new ArrayList<>();
      assertThat(texts(document.getFirstChild(), others)).isEqualTo("Funder: " + expected(text));
      assertThat(others).as("nodes other than text").isEmpty();
    });
  }

  @TestFactory
  Stream<DynamicTest> anEscapedTextStaysInItsTableCell() {
    return Property.forAll("an escaped text stays in its table cell", gen -> {
      String text = hostile(gen);
      Node document = PARSER.parse(new Markdown().table(List.of("Funder", "events"),
          List.of(List.of(text, "3")), true).render());
      List<String> cells = new ArrayList<>();
      document.accept(new AbstractVisitor() {
        @Override
        public void visitChildren(Node parent) {
          for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableCell) {
              cells.add(texts(child, new ArrayList<>()));
            } else {
              child.accept(this);
            }
          }
        }
      });
      assertThat(cells).containsExactly("Funder", "events", expected(text), "3");
    });
  }

  @TestFactory
  Stream<DynamicTest> aListItemKeepsItsStrongLeadAndItsText() {
    return Property.forAll("a list item keeps its strong lead and its text", gen -> {
      String lead = hostile(gen);
      String rest = hostile(gen);
      Node document = PARSER.parse(new Markdown().items(List.of(List.of(lead, ", " + rest)))
          .render());
      assertThat(document.getFirstChild()).isInstanceOf(BulletList.class);
      assertThat(document.getFirstChild().getNext()).isNull();
      Node paragraph = document.getFirstChild().getFirstChild().getFirstChild();
      assertThat(paragraph.getFirstChild()).isInstanceOf(StrongEmphasis.class);
      assertThat(texts(paragraph.getFirstChild(), new ArrayList<>())).isEqualTo(expected(lead));
      List<String> others = new ArrayList<>();
      assertThat(texts(paragraph, others)).isEqualTo(expected(lead) + ", " + expected(rest));
      assertThat(others).containsExactly("StrongEmphasis");
    });
  }

  @Test
  void controlCharactersAreShownNotSent() {
    String markdown = new Markdown().paragraph("a\u001b[31mb\u202e").render();
    assertThat(markdown).doesNotContain("\u001b").doesNotContain("\u202e");
    assertThat(texts(PARSER.parse(markdown), new ArrayList<>()))
        .isEqualTo("a\\u001b[31mb\\u202e");
    String plain = "From 2023-02-01 (3 years), Ltd. #4 + 5!";
    assertThat(texts(PARSER.parse(new Markdown().paragraph(plain).render()), new ArrayList<>()))
        .isEqualTo(plain);
    assertThat(TerminalText.escape("a\u001b[31mb\u202e")).isEqualTo("a\\u001b[31mb\\u202e");
    assertThat(TerminalText.escape("plain")).isSameAs("plain");
  }
}
