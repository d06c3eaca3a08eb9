package org.compacts.bench;

import java.nio.charset.StandardCharsets;
import org.compacts.json.CompactJson;
import org.compacts.model.Compact;
import org.compacts.samples.SampleCompacts;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One sample compact for the JSON benchmarks: the compact, its canonical JSON, Jackson's tree
 * of that JSON, and the two mappers that read and write them.
 */
@State(Scope.Benchmark)
public class Document {
  @Param({"tamworth-vcse-pledge-2022", "sandwell-compact-2019",
      "staffordshire-stoke-compact-2014", "south-gloucestershire-compact",
      "leicestershire-compact"})
  public String sample;

  final ObjectMapper jackson = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT).build();
  final CompactJson json = CompactJson.create();
  byte[] bytes;
  Compact compact;
  JsonNode tree;

  /** Writes the sample's canonical JSON and reads Jackson's tree of it. */
  @Setup
  public void setUp() {
    compact = SampleCompacts.byId(sample).orElseThrow();
    bytes = json.write(compact).getBytes(StandardCharsets.UTF_8);
    tree = jackson.readTree(bytes);
  }

  /** The floor of floors: every token of the JSON, every value decoded. */
  void scan(Blackhole bh) {
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
}
