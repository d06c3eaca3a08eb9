package org.compacts.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.compacts.json.CompactJson;
import org.compacts.model.Compact;
import org.compacts.samples.SampleCompacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing each sample's canonical JSON, beside Jackson's own floor: a token scan
 * that decodes every value, {@code readTree}, and writing the equivalent tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 3, time = 1)
public class JsonBenchmarks {
  @Param({"tamworth-vcse-pledge-2022", "sandwell-compact-2019",
      "staffordshire-stoke-compact-2014", "south-gloucestershire-compact",
      "leicestershire-compact"})
  public String sample;

  private final ObjectMapper jackson = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT).build();
  private final CompactJson json = CompactJson.create();
  private byte[] bytes;
  private Compact compact;
  private JsonNode tree;

  @Setup
  public void setUp() {
    compact = SampleCompacts.byId(sample).orElseThrow();
    bytes = json.write(compact).getBytes(StandardCharsets.UTF_8);
    tree = jackson.readTree(bytes);
  }

  /** Floor: every token of the document, every value decoded. */
  @Benchmark
  public void floorTokenScan(Blackhole bh) {
    scan(jackson, bytes, bh);
  }

  /** Scans every token of a document, decoding every value. */
  static void scan(ObjectMapper jackson, byte[] bytes, Blackhole bh) {
    try (JsonParser p = jackson.createParser(bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case PROPERTY_NAME:
          case VALUE_STRING:
            bh.consume(p.getString());
            break;
          case VALUE_NUMBER_INT:
            bh.consume(p.getIntValue());
            break;
          case VALUE_TRUE:
          case VALUE_FALSE:
            bh.consume(p.getBooleanValue());
            break;
          default:
            bh.consume(t);
        }
      }
    }
  }

  /** Jackson's tree model of the same bytes. */
  @Benchmark
  public JsonNode jacksonReadTree() {
    return jackson.readTree(bytes);
  }

  /** Our read into the model, without validation. */
  @Benchmark
  public Compact readWithoutValidation() {
    return json.readUnvalidated(bytes);
  }

  /** Our read into the model with full validation. */
  @Benchmark
  public Compact readWithValidation() {
    return json.read(bytes);
  }

  /** Our canonical write. */
  @Benchmark
  public String writeCanonical() {
    return json.write(compact);
  }

  /** Jackson writing the equivalent tree, pretty-printed. */
  @Benchmark
  public String jacksonWriteTree() {
    return jackson.writeValueAsString(tree);
  }
}
