package org.compacts.cli;

import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.markdown.MarkdownNodeRendererContext;
import org.commonmark.renderer.markdown.MarkdownNodeRendererFactory;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * A Markdown document of headings, paragraphs, tables and lists, built as a CommonMark tree
 * and written by commonmark-java, so that text from input stays text: its Markdown and HTML
 * are escaped by the CommonMark rules, and its control characters come out as
 * {@code \}{@code u001b}.
 */
final class Markdown {
  /** The renderer every Markdown output of the tool uses. */
  static final MarkdownRenderer RENDERER = MarkdownRenderer.builder()
      .extensions(List.of(TablesExtension.create()))
      .nodeRendererFactory(new EscapeAlso())
      .build();

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
    return table(header, rows, false);
  }

  /**
   * A table with a header row; with {@code numbers}, every column after the first holds
   * numbers and is aligned right.
   */
  Markdown table(List<String> header, List<List<String>> rows, boolean numbers) {
    TableBlock table = new TableBlock();
    TableHead head = new TableHead();
    head.appendChild(row(header, true, numbers));
    table.appendChild(head);
    TableBody body = new TableBody();
    rows.forEach(r -> body.appendChild(row(r, false, numbers)));
    table.appendChild(body);
    document.appendChild(table);
    return this;
  }

  /**
   * A bullet list whose items each begin with a strong part: {@code - **lead**rest}; an empty
   * lead leaves the item plain, and the white space at a lead's ends is left out, which would
   * otherwise keep it from being strong.
   *
   * @param items each item's lead and rest
   */
  Markdown items(List<List<String>> items) {
    BulletList list = new BulletList();
    list.setMarker("-");
    list.setTight(true);
    for (List<String> item : items) {
      Paragraph p = new Paragraph();
      if (!item.get(0).isEmpty()) {
        p.appendChild(strong(item.get(0)));
      }
      p.appendChild(text(item.get(1)));
      ListItem li = new ListItem();
      li.appendChild(p);
      list.appendChild(li);
    }
    document.appendChild(list);
    return this;
  }

  String render() {
    return RENDERER.render(document);
  }

  private static TableRow row(List<String> cells, boolean header, boolean numbers) {
    TableRow row = new TableRow();
    for (int i = 0; i < cells.size(); i++) {
      TableCell c = new TableCell();
      c.setHeader(header);
      if (numbers && i > 0) {
        c.setAlignment(TableCell.Alignment.RIGHT);
      }
      c.appendChild(text(cells.get(i)));
      row.appendChild(c);
    }
    return row;
  }

  /** Text from input, or words of the tool's own: written as text, control characters escaped. */
  static Text text(String text) {
    return new Text(TerminalText.escape(text));
  }

  /** Bold text; without the spaces at its ends, which would keep it from being bold. */
  static Node strong(String text) {
    return delimited(new StrongEmphasis("**"), text);
  }

  /**
   * Puts text inside emphasis. CommonMark emphasises only text that neither starts nor ends
   * with white space, which there is any Unicode space separator (a no-break space too), so
   * such space is left out; text that is nothing but space is written plain.
   */
  static Node delimited(Node emphasis, String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isMarkdownSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isMarkdownSpace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return text(text);
    }
    emphasis.appendChild(text(text.substring(start, end)));
    return emphasis;
  }

  /** CommonMark's Unicode whitespace: a space separator (Zs), tab, line feed, form feed, CR. */
  static boolean isMarkdownSpace(char c) {
    return Character.getType(c) == Character.SPACE_SEPARATOR || c == '\t' || c == '\n'
        || c == '\f' || c == '\r';
  }

  /**
   * Has commonmark-java escape {@code +} and {@code ~} in text too: at the start of a line they
   * would begin a list item or a fenced code block, and its writer escapes neither there.
   */
  private static final class EscapeAlso implements MarkdownNodeRendererFactory {
    @Override
    public NodeRenderer create(MarkdownNodeRendererContext context) {
      return new NodeRenderer() {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
          return Set.of();
        }

        @Override
        public void render(Node node) {
          throw new IllegalStateException("renders no node");
        }
      };
    }

    @Override
    public Set<Character> getSpecialCharacters() {
      return Set.of('+', '~');
    }
  }
}
