package org.compacts.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.compacts.json.grants.GrantReader;
import org.compacts.json.grants.ImportedGrant;
import org.compacts.json.grants.ThreeSixtyGiving;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.Modality;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.Finding;
import org.compacts.rules.FullCostRecoveryRule;
import org.compacts.rules.MinimumTermRule;
import org.compacts.rules.Outcome;
import org.compacts.rules.PreparedCompact;
import org.compacts.rules.RuleEvaluator;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.csv.CsvFactory;

/**
 * A million generated grants, as a 360Giving JSON package and as CSV, imported and checked
 * against a compact's award rules on one thread in a 64 MB heap; beside each, the floor: a bare
 * pass of Jackson's streaming parser over the same bytes, reading every token's text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class GrantsBenchmark {
  /** Grants in each file. */
  public static final int GRANTS = 1_000_000;

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final CsvFactory CSV = CsvFactory.builder().build();

  private final PreparedCompact compact = RuleEvaluator.create().prepare(awardRules());

  /** A generated file, written once for the benchmarks that read it, deleted after. */
  abstract static class GrantFile {
    Path file;

    abstract Path write(int grants) throws IOException;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      file = write(GRANTS);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  /** The JSON package. */
  @State(Scope.Benchmark)
  public static class JsonPackage extends GrantFile {
    @Override
    Path write(int grants) throws IOException {
      return GrantFiles.json(grants);
    }
  }

  /** The CSV file. */
  @State(Scope.Benchmark)
  public static class CsvFile extends GrantFile {
    @Override
    Path write(int grants) throws IOException {
      return GrantFiles.csv(grants);
    }
  }

  /** A compact with the two award rules: a three-year term and full cost recovery. */
  static Compact awardRules() {
    return Compact.builder().id("grants-compact").title("Grants compact")
        .kind(CompactKind.COMPACT).area("Exampleshire").status(CompactStatus.ADOPTED)
        .addRules(MinimumTermRule.builder().id("three-year-grants").modality(Modality.SHOULD)
            .period(TimeSpan.of(3, TimeSpanUnit.YEARS)).addArrangements(Arrangement.GRANT)
            .awardedBy(Sector.PUBLIC)
            .source(Citation.of("4", "Grants should run for three years.")).build())
        .addRules(FullCostRecoveryRule.builder().id("full-cost").modality(Modality.WILL)
            .addArrangements(Arrangement.GRANT).recipient(Sector.VOLUNTARY_COMMUNITY)
            .source(Citation.of("5", "Funders will pay the full cost.")).build())
        .build();
  }

  @Benchmark
  public long jsonImportAndCheck(JsonPackage json) throws IOException {
    return importAndCheck(json.file);
  }

  @Benchmark
  public long csvImportAndCheck(CsvFile csv) throws IOException {
    return importAndCheck(csv.file);
  }

  @Benchmark
  public long jsonFloor(JsonPackage json) throws IOException {
    try (InputStream in = Files.newInputStream(json.file);
        JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in)) {
      return scan(parser);
    }
  }

  @Benchmark
  public long csvFloor(CsvFile csv) throws IOException {
    try (InputStream in = Files.newInputStream(csv.file);
        JsonParser parser = CSV.createParser(ObjectReadContext.empty(), in)) {
      return scan(parser);
    }
  }

  private static long scan(JsonParser parser) {
    long sum = 0;
    for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
      sum += t == JsonToken.VALUE_STRING || t == JsonToken.PROPERTY_NAME
          ? parser.getStringLength() : t.ordinal();
    }
    return sum;
  }

  /** Reads every grant and checks its award; returns a sum of outcomes that JMH consumes. */
  private long importAndCheck(Path file) throws IOException {
    long sum = 0;
    try (GrantReader grants = ThreeSixtyGiving.create().open(file)) {
      for (ImportedGrant grant = grants.next(); grant != null; grant = grants.next()) {
        if (!grant.isRead()) {
          throw new IllegalStateException(grant + " could not be read");
        }
        List<Finding> findings = compact.check(grant.getEvent(), AS_OF);
        for (Finding f : findings) {
          sum += f.getOutcome() == Outcome.MET ? 1 : 2;
        }
      }
      if (grants.getRead() != GRANTS) {
        throw new IllegalStateException(grants.getRead() + " grants read");
      }
    }
    return sum;
  }
}
