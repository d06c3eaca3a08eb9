package org.compacts.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.compacts.model.Compact;

/**
 * The source compacts as sample values, each faithful to its text clause by clause: every
 * principle, undertaking, rule and stage cites the clause label as printed and its verbatim
 * words.
 *
 * <pre>{@code
 * Compact sandwell = SampleCompacts.sandwell();
 * Optional<Compact> same = SampleCompacts.byId("sandwell-compact-2019");
 * SampleCompacts.all().forEach(c -> System.out.println(c.getId() + "\t" + c.getTitle()));
 * }</pre>
 *
 * <p>Each value is built the first time it is asked for, and then shared: they are immutable.
 * {@link #titles()} reads a shipped index and builds none of them.
 */
public final class SampleCompacts {
  /** The ids, in the order of the design brief's table. */
  private static final List<String> IDS = List.of(TamworthPledge.ID, SandwellCompact.ID,
      StaffordshireStokeCompact.ID, SouthGloucestershireCompact.ID, LeicestershireCompact.ID);

  /** The resource that lists {@code id<TAB>title}, one sample a line, in the order of IDS. */
  static final String INDEX = "index.tsv";

  // One holder per sample, so that asking for one builds that one only.
  private static final class Tamworth {
    static final Compact VALUE = TamworthPledge.compact();
  }

  private static final class Sandwell {
    static final Compact VALUE = SandwellCompact.compact();
  }

  private static final class StaffordshireStoke {
    static final Compact VALUE = StaffordshireStokeCompact.compact();
  }

  private static final class SouthGloucestershire {
    static final Compact VALUE = SouthGloucestershireCompact.compact();
  }

  private static final class Leicestershire {
    static final Compact VALUE = LeicestershireCompact.compact();
  }

  private static final class All {
    static final List<Compact> VALUES = List.of(tamworth(), sandwell(), staffordshireStoke(),
        southGloucestershire(), leicestershire());
  }

  private SampleCompacts() {}

  /**
   * Returns every sample, in the order of the design brief's table.
   *
   * @return the samples, an immutable list
   */
  public static List<Compact> all() {
    return All.VALUES;
  }

  /**
   * Returns the ids of the samples, in the order of {@link #all()}.
   *
   * @return the ids, an immutable list
   */
  public static List<String> ids() {
    return IDS;
  }

  /**
   * Returns the title of each sample by id, in the order of {@link #all()}, without building
   * any sample: read from the shipped index {@code org/compacts/samples/index.tsv}, which a
   * test holds equal to the values.
   *
   * <pre>{@code
   * SampleCompacts.titles().forEach((id, title) -> System.out.println(id + "\t" + title));
   * }</pre>
   *
   * @return the titles by id, an immutable map in the order of {@link #all()}
   * @throws UncheckedIOException if the shipped index cannot be read
   */
  public static Map<String, String> titles() {
    String index = resource(INDEX);
    Map<String, String> titles = new LinkedHashMap<>();
    for (String line : index.split("\n")) {
      int tab = line.indexOf('\t');
      titles.put(line.substring(0, tab), line.substring(tab + 1));
    }
    return Collections.unmodifiableMap(titles);
  }

  /**
   * Finds a sample by id.
   *
   * @param id the id, such as {@code leicestershire-compact}
   * @return the sample, or empty when no sample has that id
   */
  public static Optional<Compact> byId(String id) {
    switch (Objects.requireNonNull(id, "id")) {
      case TamworthPledge.ID:
        return Optional.of(tamworth());
      case SandwellCompact.ID:
        return Optional.of(sandwell());
      case StaffordshireStokeCompact.ID:
        return Optional.of(staffordshireStoke());
      case SouthGloucestershireCompact.ID:
        return Optional.of(southGloucestershire());
      case LeicestershireCompact.ID:
        return Optional.of(leicestershire());
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns a sample's canonical JSON document, shipped as the resource
   * {@code org/compacts/samples/ID.json}. The Java value is the source of truth; the document
   * is what compact-json writes for it, byte for byte.
   *
   * <pre>{@code
   * String json = SampleCompacts.canonicalJson("sandwell-compact-2019").orElseThrow();
   * }</pre>
   *
   * @param id the id, such as {@code leicestershire-compact}
   * @return the document, or empty when no sample has that id
   * @throws UncheckedIOException if the shipped resource cannot be read
   */
  public static Optional<String> canonicalJson(String id) {
    return IDS.contains(Objects.requireNonNull(id, "id")) ? Optional.of(resource(id + ".json"))
        : Optional.empty();
  }

  private static String resource(String name) {
    try (InputStream in = SampleCompacts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("Missing resource " + name));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read resource " + name, e);
    }
  }

  /**
   * Returns the Tamworth VCSE pledge of 7 April 2022 ({@code tamworth-vcse-pledge-2022}).
   *
   * @return the sample
   */
  public static Compact tamworth() {
    return Tamworth.VALUE;
  }

  /**
   * Returns the Sandwell Compact, refreshed September 2019 ({@code sandwell-compact-2019}).
   *
   * @return the sample
   */
  public static Compact sandwell() {
    return Sandwell.VALUE;
  }

  /**
   * Returns the draft Staffordshire and Stoke on Trent Compact 2014&ndash;2018
   * ({@code staffordshire-stoke-compact-2014}).
   *
   * @return the sample
   */
  public static Compact staffordshireStoke() {
    return StaffordshireStoke.VALUE;
  }

  /**
   * Returns the South Gloucestershire Compact, "The Power of Community: Keep it Local"
   * ({@code south-gloucestershire-compact}).
   *
   * @return the sample
   */
  public static Compact southGloucestershire() {
    return SouthGloucestershire.VALUE;
  }

  /**
   * Returns Compact Leicestershire ({@code leicestershire-compact}).
   *
   * @return the sample
   */
  public static Compact leicestershire() {
    return Leicestershire.VALUE;
  }
}
