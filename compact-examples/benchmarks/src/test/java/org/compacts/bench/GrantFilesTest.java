package org.compacts.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.compacts.json.grants.GrantReader;
import org.compacts.json.grants.ImportedGrant;
import org.compacts.json.grants.ThreeSixtyGiving;
import org.compacts.model.Sector;
import org.compacts.rules.FundingAward;
import org.junit.jupiter.api.Test;

/** The benchmark's generated files read as the grants they mean, the same in both forms. */
class GrantFilesTest {
  private static List<ImportedGrant> read(Path file) throws Exception {
    try (GrantReader reader = ThreeSixtyGiving.create().open(file)) {
      List<ImportedGrant> grants = new ArrayList<>();
      for (ImportedGrant g = reader.next(); g != null; g = reader.next()) {
        grants.add(g);
      }
      return grants;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void bothFormsGiveTheSameAwards() throws Exception {
    List<ImportedGrant> json = read(GrantFiles.json(1000));
    List<ImportedGrant> csv = read(GrantFiles.csv(1000));
    assertThat(json).hasSize(1000).allMatch(ImportedGrant::isRead);
    assertThat(csv).hasSize(1000).allMatch(ImportedGrant::isRead);
    for (int i = 0; i < 1000; i++) {
      FundingAward a = json.get(i).getEvent();
      assertThat(csv.get(i).getEvent()).isEqualTo(a);
      assertThat(json.get(i).getWarnings()).as("every eleventh states a duration six months off")
          .hasSize(i % 11 == 0 ? 1 : 0);
    }
    assertThat(json.stream().filter(g -> g.getEvent().getAwardedBy() == Sector.PUBLIC).count())
        .as("councils, the NHS and a government department fund four grants in six")
        .isEqualTo(666);
    assertThat(GrantsBenchmark.awardRules().getRules()).hasSize(2);
  }
}
