package org.compacts.json.grants;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads every grant of a fixture or a text, for the tests. */
final class Grants {
  private Grants() {}

  static List<ImportedGrant> fixture(String name) {
    return fixture(ThreeSixtyGiving.create(), name);
  }

  static List<ImportedGrant> fixture(ThreeSixtyGiving giving, String name) {
    InputStream in = Grants.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalArgumentException("No fixture " + name);
    }
    return all(giving, in);
  }

  static List<ImportedGrant> text(String text) {
    return all(ThreeSixtyGiving.create(),
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static List<ImportedGrant> all(ThreeSixtyGiving giving, InputStream in) {
    try (GrantReader reader = giving.open(in)) {
      List<ImportedGrant> grants = new ArrayList<>();
      for (ImportedGrant grant = reader.next(); grant != null; grant = reader.next()) {
        grants.add(grant);
      }
      return grants;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A package of one grant object written out in full. */
  static String packageOf(String... grants) {
    return "{\"grants\": [" + String.join(",\n", grants) + "]}";
  }
}
