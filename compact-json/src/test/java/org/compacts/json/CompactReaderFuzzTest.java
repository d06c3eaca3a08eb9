package org.compacts.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.compacts.model.Compact;

/**
 * Fuzzes the compact reader from a String and from bytes. In a normal build each target runs
 * over its committed inputs (CompactReaderFuzzTestInputs: the five samples, the hostile
 * documents of the tests, every failure fuzzing found); with {@code -Pfuzz} Jazzer fuzzes one.
 */
class CompactReaderFuzzTest {
  private final CompactJson json = CompactJson.create();

  @FuzzTest
  void readString(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Compact compact = FuzzContract.read(() -> json.read(text));
    if (compact != null) {
      FuzzContract.roundTrips(compact);
    }
  }

  @FuzzTest
  void readBytes(byte[] input) {
    Compact compact = FuzzContract.read(() -> json.read(input));
    if (compact != null) {
      FuzzContract.roundTrips(compact);
      Compact streamed = FuzzContract.read(() -> json.read(new ByteArrayInputStream(input)));
      if (!compact.equals(streamed)) {
        throw new AssertionError("Bytes and stream read differently");
      }
    }
  }
}
