package org.compacts.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The published JSON Schemas, read once from this module's resources. */
final class Schemas {
  /** The resource of the compact document schema. */
  static final String COMPACT_RESOURCE = "compact.schema.json";

  /** The resource of the event schema. */
  static final String EVENT_RESOURCE = "event.schema.json";

  static final String COMPACT = load(COMPACT_RESOURCE);
  static final String EVENT = load(EVENT_RESOURCE);

  private Schemas() {}

  private static String load(String name) {
    try (InputStream in = Schemas.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The resource org/compacts/json/" + name
            + " is missing from the compact-json jar.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
