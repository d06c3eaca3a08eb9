package org.compacts.cli;

import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * A Markdown document of headings, paragraphs and tables, built as a CommonMark tree and
 * written by commonmark-java, so that text from input stays text: its Markdown and HTML are
 * escaped by the CommonMark rules, and its control characters come out as
 * {@code \}{@code u001b}.
 */
final class Markdown {
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder()
      .extensions(List.of(TablesExtension.create())).build();

  private final Document document = new Document();

  Markdown heading(int level, String text) {
    Heading h = new Heading();
    h.setLevel(level);
    h.appendChild(text(text));
    document.appendChild(h);
    return this;
  }

  Markdown paragraph(String text) {
    Paragraph p = new Paragraph();
    p.appendChild(text(text));
    document.appendChild(p);
    return this;
  }

  /** A table with a header row; every row has as many cells as the header. */
  Markdown table(List<String> header, List<List<String>> rows) {
    TableBlock table = new TableBlock();
    TableHead head = new TableHead();
    head.appendChild(row(header, true));
    table.appendChild(head);
    TableBody body = new TableBody();
    rows.forEach(r -> body.appendChild(row(r, false)));
    table.appendChild(body);
    document.appendChild(table);
    return this;
  }

  String render() {
    return RENDERER.render(document);
  }

  private static TableRow row(List<String> cells, boolean header) {
    TableRow row = new TableRow();
    for (String cell : cells) {
      TableCell c = new TableCell();
      c.setHeader(header);
      c.appendChild(text(cell));
      row.appendChild(c);
    }
    return row;
  }

  private static Node text(String text) {
    return new Text(TerminalText.escape(text));
  }
}
