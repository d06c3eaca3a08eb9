package org.compacts.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * <p>The values are built once, when this class is first used, and shared: they are immutable.
 */
public final class SampleCompacts {
  private static final Compact TAMWORTH = TamworthPledge.compact();
  private static final Compact SANDWELL = SandwellCompact.compact();
  private static final Compact STAFFORDSHIRE_STOKE = StaffordshireStokeCompact.compact();
  private static final Compact SOUTH_GLOUCESTERSHIRE = SouthGloucestershireCompact.compact();
  private static final Compact LEICESTERSHIRE = LeicestershireCompact.compact();

  private static final List<Compact> ALL =
      List.of(TAMWORTH, SANDWELL, STAFFORDSHIRE_STOKE, SOUTH_GLOUCESTERSHIRE, LEICESTERSHIRE);
  private static final Map<String, Compact> BY_ID = ALL.stream().collect(
      Collectors.toMap(Compact::getId, Function.identity(), (a, b) -> {
        throw new IllegalStateException("two samples share the id " + a.getId());
      }, LinkedHashMap::new));

  private SampleCompacts() {}

  /**
   * Returns every sample, in the order of the design brief's table.
   *
   * @return the samples, an immutable list
   */
  public static List<Compact> all() {
    return ALL;
  }

  /**
   * Returns the ids of the samples, in the order of {@link #all()}.
   *
   * @return the ids, an immutable list
   */
  public static List<String> ids() {
    return List.copyOf(BY_ID.keySet());
  }

  /**
   * Finds a sample by id.
   *
   * @param id the id, such as {@code leicestershire-compact}
   * @return the sample, or empty when no sample has that id
   */
  public static Optional<Compact> byId(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(BY_ID.get(id));
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
    if (byId(id).isEmpty()) {
      return Optional.empty();
    }
    String resource = id + ".json";
    try (InputStream in = SampleCompacts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("Missing resource " + resource));
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read resource " + resource, e);
    }
  }

  /**
   * Returns the Tamworth VCSE pledge of 7 April 2022 ({@code tamworth-vcse-pledge-2022}).
   *
   * @return the sample
   */
  public static Compact tamworth() {
    return TAMWORTH;
  }

  /**
   * Returns the Sandwell Compact, refreshed September 2019 ({@code sandwell-compact-2019}).
   *
   * @return the sample
   */
  public static Compact sandwell() {
    return SANDWELL;
  }

  /**
   * Returns the draft Staffordshire and Stoke on Trent Compact 2014&ndash;2018
   * ({@code staffordshire-stoke-compact-2014}).
   *
   * @return the sample
   */
  public static Compact staffordshireStoke() {
    return STAFFORDSHIRE_STOKE;
  }

  /**
   * Returns the South Gloucestershire Compact, "The Power of Community: Keep it Local"
   * ({@code south-gloucestershire-compact}).
   *
   * @return the sample
   */
  public static Compact southGloucestershire() {
    return SOUTH_GLOUCESTERSHIRE;
  }

  /**
   * Returns Compact Leicestershire ({@code leicestershire-compact}).
   *
   * @return the sample
   */
  public static Compact leicestershire() {
    return LEICESTERSHIRE;
  }
}
