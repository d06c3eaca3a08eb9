package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compacts.json.CompactJson;
import org.compacts.samples.SampleCompacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  private static final List<String> FIVE = SampleCompacts.ids();

  private static List<String> row(List<List<String>> table, String topic) {
    return table.stream().filter(r -> r.get(0).equals(topic)).findFirst().orElseThrow();
  }

  @Test
  void theFiveSamplesSideBySide() throws Exception {
    String[] args = new String[FIVE.size() + 1];
    args[0] = "compare";
    for (int i = 0; i < FIVE.size(); i++) {
      args[i + 1] = FIVE.get(i);
    }
    Cli cli = Cli.run(args);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "compare-samples.md"), cli.out);

    assertThat(cli.code).isZero();
    List<List<String>> table = DiffCommandTest.parseTable(cli.out);
    assertThat(table.get(0)).containsExactly("Topic", "tamworth-vcse-pledge-2022",
        "sandwell-compact-2019", "staffordshire-stoke-compact-2014",
        "south-gloucestershire-compact", "leicestershire-compact");
    int leicestershire = 5;
    int staffordshire = 3;
    int sandwell = 2;
    assertThat(row(table, "Notice before funding changes").get(leicestershire))
        .isEqualTo("3 months (will); exemptions: agreed end date");
    assertThat(row(table, "Notice before funding changes").get(sandwell)).isEqualTo("—");
    assertThat(row(table, "Consultation length and exemptions").get(staffordshire))
        .startsWith("12 weeks");
    assertThat(row(table, "Minimum term").get(staffordshire)).startsWith("3 years");
    assertThat(row(table, "Dispute time limits").get(sandwell)).contains("stage 2: 21 days (should)");
    assertThat(row(table, "Dispute time limits").get(staffordshire)).contains("stage 2: 6 weeks");
    assertThat(row(table, "Meetings").get(staffordshire)).isEqualTo("every 3 months (will)");
    assertThat(row(table, "Full cost recovery").get(leicestershire)).isEqualTo("yes (will)");
    assertThat(row(table, "Undertakings by actor and modality").get(sandwell))
        .matches(".*\\d+ will.*");
    assertThat(table).hasSize(13);
    String readme = Files.readString(Path.of("..", "..", "README.md"));
    assertThat(readme).as("the README shows the table for the five samples")
        .contains(cli.out.substring(cli.out.indexOf("|Topic|")).strip());
  }

  @Test
  void textFromAFileStaysTextInTheTable(@TempDir Path dir) throws Exception {
    CompactJson json = CompactJson.create();
    Path file = dir.resolve("hostile.json");
    String title = "<script>alert(1)</script> | **x**";
    Files.writeString(file, json.write(SampleCompacts.leicestershire()
        .withId("hostile-compact").withTitle(title)
        .withGovernance(org.compacts.model.Governance.builder()
            .overseenBy("The | Board \u001b[31m").build())));

    Cli cli = Cli.run("compare", "leicestershire-compact", file.toString());

    assertThat(cli.code).isZero();
    assertThat(cli.out).doesNotContain("\u001b").doesNotContain("<script>");
    List<List<String>> table = DiffCommandTest.parseTable(cli.out);
    assertThat(row(table, "Oversight").get(2)).isEqualTo("The | Board \\u001b[31m");
    assertThat(table.get(0)).hasSize(3);
  }

  @Test
  void fewerThanTwoCompactsOrAnUnknownOneExitsTwo() {
    assertThat(Cli.run("compare", "leicestershire-compact").code).isEqualTo(2);
    assertThat(Cli.run("compare", "leicestershire-compact", "nowhere.json").code).isEqualTo(2);
    assertThat(Cli.run("compare", "-", "-").code).isEqualTo(2);
  }
}
