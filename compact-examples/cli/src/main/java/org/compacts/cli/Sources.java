package org.compacts.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.compacts.json.CompactJsonException;
import org.compacts.model.Compact;
import org.compacts.samples.SampleCompacts;

/** Finds the compact an {@code ID-or-FILE} argument names: a built-in sample or a file. */
final class Sources {
  private Sources() {}

  static Compact compact(String idOrFile, Json json) {
    return SampleCompacts.byId(idOrFile).orElseGet(() -> {
      Path path = Path.of(idOrFile);
      if (!Files.isRegularFile(path)) {
        throw new CliException("No built-in sample and no file named '" + idOrFile
            + "' (try 'compact list').");
      }
      try {
        return json.readCompact(path);
      } catch (CompactJsonException e) {
        throw new CliException(Json.first(idOrFile, e), e);
      } catch (IOException e) {
        throw new CliException("cannot read " + idOrFile + ": " + e.getMessage(), e);
      }
    });
  }
}
