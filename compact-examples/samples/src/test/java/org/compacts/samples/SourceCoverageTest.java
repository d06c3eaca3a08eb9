package org.compacts.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every line of every sample's source text is in the sample, or on its reviewed exclusion list
 * ({@code coverage/<id>.excluded.tsv}) with the reason it is not content.
 */
class SourceCoverageTest {
  @TestFactory
  Stream<DynamicTest> everySourceLineIsEncodedOrExcluded() {
    return SampleCompacts.all().stream().map(compact -> dynamicTest(compact.getId(), () -> {
      Map<String, String> exclusions = SourceLineCoverage.exclusions(
          "coverage/" + compact.getId() + ".excluded.tsv");
      List<SourceLines.Line> source = SourceLines.ofSample(compact.getId());
      Coverage.Report report = Coverage.check(compact, source, exclusions);
      System.out.println(report.figure());
      assertThat(report.problems())
          .as("%s: lines of the source neither encoded nor excluded, and bad exclusions",
              report.figure())
          .isEmpty();
      assertThat(report.held() + report.excluded()).isEqualTo(report.lines());
    }));
  }
}
