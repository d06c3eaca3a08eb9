package org.compacts.cli;

import java.util.Locale;
import org.compacts.model.Sector;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a sector as the JSON writes it: {@code public}, {@code voluntary-community}, … */
final class SectorConverter implements ITypeConverter<Sector> {
  @Override
  public Sector convert(String value) {
    for (Sector s : Sector.values()) {
      if (s.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(value)) {
        return s;
      }
    }
    throw new TypeConversionException("'" + TerminalText.escape(value) + "' is not a sector: use"
        + " public, voluntary-community or private.");
  }
}
