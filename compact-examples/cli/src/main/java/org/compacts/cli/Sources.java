package org.compacts.cli;

import java.io.IOException;
import java.io.InputStream;
import org.compacts.json.CompactJsonException;
import org.compacts.model.Compact;
import org.compacts.samples.SampleCompacts;

/**
 * Finds the compact an {@code ID-or-FILE} argument names: a built-in sample, a file, or
 * standard input ({@code -}).
 */
final class Sources {
  private Sources() {}

  static Compact compact(String idOrFile, InputStream standardInput) {
    return SampleCompacts.byId(idOrFile).orElseGet(() -> {
      if (!FileArguments.exists(idOrFile)) {
        throw new CliException("No built-in sample and no file named '" + idOrFile
            + "' (try 'compact list').");
      }
      try (InputStream in = FileArguments.open(idOrFile, standardInput)) {
        return Json.shared().readCompact(in);
      } catch (CompactJsonException e) {
        throw new CliException(Json.first(idOrFile, e), e);
      } catch (IOException e) {
        throw new CliException(FileArguments.cannotRead(idOrFile, FileArguments.reason(e)), e);
      }
    });
  }
}
