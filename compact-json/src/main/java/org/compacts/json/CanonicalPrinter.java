package org.compacts.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.Instantiatable;

/**
 * The canonical layout of the documents this library writes (compacts, events, findings): two
 * spaces of indentation, one field or element per line, {@code "name": value}, {@code {}} and
 * {@code []} when empty, and a line feed after the document's closing brace or bracket. The
 * same layout as {@link Mappers#prettyPrinter()} plus the final line feed, written with fewer
 * calls: each line break comes with its indentation (and the comma before it) as one string,
 * built once.
 */
final class CanonicalPrinter implements PrettyPrinter, Instantiatable<CanonicalPrinter> {
  /** Levels of nesting whose line breaks are built in advance; deeper ones are built on use. */
  private static final int LEVELS = 24;

  private static final SerializableString NAME_VALUE = new SerializedString(": ");
  private static final SerializableString[] BREAKS = breaks("\n");
  private static final SerializableString[] COMMA_BREAKS = breaks(",\n");

  private int nesting;

  @Override
  public CanonicalPrinter createInstance() {
    return new CanonicalPrinter();
  }

  /** Nothing: each document already ends with a line feed. */
  @Override
  public void writeRootValueSeparator(JsonGenerator g) {}

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
    nesting++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    g.writeRaw(lineBreak(BREAKS, "\n", nesting));
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(NAME_VALUE);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    g.writeRaw(lineBreak(COMMA_BREAKS, ",\n", nesting));
  }

  @Override
  public void writeEndObject(JsonGenerator g, int nrOfEntries) {
    end(g, nrOfEntries, '}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    g.writeRaw('[');
    nesting++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    g.writeRaw(lineBreak(BREAKS, "\n", nesting));
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    g.writeRaw(lineBreak(COMMA_BREAKS, ",\n", nesting));
  }

  @Override
  public void writeEndArray(JsonGenerator g, int nrOfValues) {
    end(g, nrOfValues, ']');
  }

  private void end(JsonGenerator g, int entries, char bracket) {
    nesting--;
    if (entries > 0) {
      g.writeRaw(lineBreak(BREAKS, "\n", nesting));
    }
    g.writeRaw(bracket);
    if (nesting == 0) {
      g.writeRaw('\n');
    }
  }

  private static SerializableString lineBreak(SerializableString[] built, String prefix,
      int level) {
    return level < LEVELS ? built[level] : new SerializedString(prefix + "  ".repeat(level));
  }

  private static SerializableString[] breaks(String prefix) {
    SerializableString[] breaks = new SerializableString[LEVELS];
    for (int level = 0; level < LEVELS; level++) {
      breaks[level] = new SerializedString(prefix + "  ".repeat(level));
    }
    return breaks;
  }
}
