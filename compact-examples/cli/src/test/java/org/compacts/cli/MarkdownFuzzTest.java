package org.compacts.cli;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.compacts.json.CompactJson;
import org.compacts.json.CompactJsonException;
import org.compacts.json.FuzzContract;
import org.compacts.model.Compact;
import org.compacts.model.Fixtures;

/**
 * Fuzzes the Markdown of whatever was read: the rendered document, parsed back with
 * commonmark-java, holds no HTML and no link, no raw control character, and the structure the
 * tool built. In a normal build each target runs over its committed inputs
 * (MarkdownFuzzTestInputs); with {@code -Pfuzz} Jazzer fuzzes one.
 */
class MarkdownFuzzTest {
  private static final CompactJson JSON = CompactJson.create();
  private static final CompactMarkdownTest.Parsed PLAIN =
      CompactMarkdownTest.Parsed.of(CompactMarkdown.render(Fixtures.fullCompact()));

  /** Any document: whatever the reader accepts renders to safe Markdown. */
  @FuzzTest
  void markdownOfADocument(byte[] input) {
    Compact compact = FuzzContract.read(() -> JSON.readUnvalidated(input));
    if (compact == null) {
      return;
    }
    String markdown = CompactMarkdown.render(compact);
    CompactMarkdownTest.Parsed parsed = safe(markdown);
    Node first = parsed.document.getFirstChild();
    if (!(first instanceof Heading) || ((Heading) first).getLevel() != 1) {
      throw new AssertionError("The title is not the first heading:\n" + markdown);
    }
    String title = first.getFirstChild() instanceof Text
        && first.getFirstChild() == first.getLastChild()
        ? ((Text) first.getFirstChild()).getLiteral() : null;
    if (!TerminalText.escape(compact.getTitle()).strip().equals(title)) {
      throw new AssertionError("The title is not its literal text: " + title + "\n" + markdown);
    }
  }

  /** Any text in every text field of a full compact: the document keeps its structure. */
  @FuzzTest
  void markdownOfAnyText(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Compact compact;
    try {
      compact = Hostile.everyText(JSON, Fixtures.fullCompact(), text);
    } catch (CompactJsonException e) {
      return;   // text JSON cannot hold, such as a lone surrogate
    }
    String markdown = CompactMarkdown.render(compact);
    CompactMarkdownTest.Parsed parsed = safe(markdown);
    if (!parsed.structure.equals(PLAIN.structure)) {
      throw new AssertionError("Text changed the structure: " + parsed.structure + "\n"
          + markdown);
    }
  }

  private static CompactMarkdownTest.Parsed safe(String markdown) {
    for (int i = 0; i < markdown.length(); i++) {
      char c = markdown.charAt(i);
      if (c != '\n' && Hostile.isDangerous(c)) {
        throw new AssertionError(String.format("Raw U+%04X at %d:%n%s", (int) c, i, markdown));
      }
    }
    CompactMarkdownTest.Parsed parsed = CompactMarkdownTest.Parsed.of(markdown);
    if (!parsed.markup.isEmpty()) {
      throw new AssertionError("HTML or a link from text: " + parsed.markup + "\n" + markdown);
    }
    return parsed;
  }
}
