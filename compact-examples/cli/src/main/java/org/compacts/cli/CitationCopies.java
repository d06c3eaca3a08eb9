package org.compacts.cli;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.compacts.model.Citation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a citation the finding lines wrote before by copying its JSON, instead of escaping its
 * text again. A finding's source is its rule's citation, so a stream of findings writes the same
 * few citations over and over, and a citation's text is most of a finding line. Citations are
 * immutable values, so the copy is what writing one gives. Copies are kept for the first
 * {@value #MOST} citations, more than any compact has rules.
 */
final class CitationCopies extends StdSerializer<Citation> {
  static final int MOST = 256;

  private final ObjectWriter citation;
  private final Map<Citation, SerializableString> copies = new ConcurrentHashMap<>();

  /**
   * Creates the serializer.
   *
   * @param citation writes a citation as the finding lines write it, on one line
   */
  CitationCopies(ObjectWriter citation) {
    super(Citation.class);
    this.citation = citation;
  }

  @Override
  public void serialize(Citation value, JsonGenerator gen, SerializationContext ctxt) {
    SerializableString json = copies.get(value);
    if (json == null) {
      json = new SerializedString(citation.writeValueAsString(value));
      if (copies.size() < MOST) {
        copies.putIfAbsent(value, json);
      }
    }
    gen.writeRawValue(json);
  }
}
