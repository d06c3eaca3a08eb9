package org.compacts.json.scenario;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.compacts.json.CompactJson;
import org.compacts.json.FuzzContract;

/**
 * Fuzzes the scenario reader: a file either gives its scenarios or is refused with a
 * {@link ScenarioException} naming the file and a plain reason. In a normal build the target
 * runs over its committed inputs (ScenarioReaderFuzzTestInputs).
 */
class ScenarioReaderFuzzTest {
  private final ScenarioReader reader =
      new ScenarioReader(CompactJson.create(), Path.of("scenarios", "fuzzed.json"));

  @FuzzTest
  void read(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    List<Scenario> scenarios = FuzzContract.read(() -> reader.read(text),
        ScenarioException.class);
    if (scenarios != null && scenarios.isEmpty()) {
      throw new AssertionError("A file read without a scenario");
    }
  }
}
