package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compacts.json.CompactJson;
import org.compacts.rules.Event;
import org.compacts.rules.FundingAward;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compact import 360giving FILE}: one funding-award event a line, problems located. */
class ImportCommandTest {
  @TempDir
  Path dir;

  @Test
  void printsOneEventALineThatCheckReadsBack() {
    Cli cli = Cli.run("import", "360giving", ReportCommandTest.GRANTS);
    assertThat(cli.code).isZero();
    List<String> lines = cli.out.lines().toList();
    assertThat(lines).hasSize(7);
    List<Event> events = lines.stream().map(CompactJson.create()::readEvent).toList();
    FundingAward first = (FundingAward) events.get(0);
    assertThat(first.getId()).hasValue("360G-exs-2022-001");
    assertThat(first.getFunder()).hasValue("GB-LAE-EXS");
    assertThat(lines.get(2)).contains("\"amountAwarded\":90000.50");
    assertThat(cli.err.lines()).containsExactly(
        "compact: " + ReportCommandTest.GRANTS + ": warning: grant 5 (360G-exs-2024-005) at"
            + " line 6: Its dates are written DD/MM/YYYY, which the standard does not allow;"
            + " read as day/month/year: Award Date 15/02/2024 as 2024-02-15, Planned Dates:Start"
            + " Date 01/04/2024 as 2024-04-01, Planned Dates:End Date 31/03/2025 as 2025-03-31.",
        "compact: " + ReportCommandTest.GRANTS + ": warning: grant 7 (360G-exs-2024-007) at"
            + " line 8: Its planned dates 2024-04-01 to 2027-03-31 and its stated duration of 24"
            + " months (to 2026-03-31) disagree by more than a month; the dates are used.",
        "compact: " + ReportCommandTest.GRANTS + ": grant 8 (360G-exs-2024-008) at line 9: Its"
            + " Award Date '2024-02-30' names a day that does not exist (Invalid date"
            + " 'FEBRUARY 30').",
        "compact: " + ReportCommandTest.GRANTS + ": 7 grants imported, 1 skipped, 2 warnings.");
  }

  @Test
  void sectorsCanBeSetForTheWholeFile() {
    Cli cli = Cli.run("import", "360giving", ReportCommandTest.GRANTS, "--funder-sector",
        "voluntary-community", "--recipient-sector", "private");
    assertThat(cli.code).isZero();
    assertThat(cli.out.lines()).allSatisfy(l -> assertThat(l)
        .contains("\"awardedBy\":\"voluntary-community\"")
        .contains("\"recipientSector\":\"private\""));
    Cli bad = Cli.run("import", "360giving", ReportCommandTest.GRANTS, "--funder-sector",
        "charity");
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err).contains("'charity' is not a sector");
  }

  @Test
  void aFileThatIsNot360GivingIsRefusedWithExitTwo() throws Exception {
    Path compact = Path.of(ReportCommandTest.COMPACT);
    Cli cli = Cli.run("import", "360giving", compact.toString());
    assertThat(cli.code).isEqualTo(2);
    assertThat(cli.out).isEmpty();
    assertThat(cli.err).isEqualTo("compact: " + compact + ": It is a compact document, not a"
        + " 360Giving package (which has a \"grants\" array).\n");
    Path array = dir.resolve("events.json");
    Files.writeString(array, "[{\"type\": \"funding-award\"}]", StandardCharsets.UTF_8);
    assertThat(Cli.run("import", "360giving", array.toString()).code).isEqualTo(2);
    Path csv = dir.resolve("people.csv");
    Files.writeString(csv, "name,age\nAda,36\n", StandardCharsets.UTF_8);
    Cli random = Cli.run("import", "360giving", csv.toString());
    assertThat(random.code).isEqualTo(2);
    assertThat(random.err).startsWith("compact: " + csv + ": It is not a 360Giving file");
    assertThat(Cli.run("import", "iati", ReportCommandTest.GRANTS).err)
        .isEqualTo("compact: 'iati' is not a standard this tool imports: use 360giving.\n");
    assertThat(Cli.run("import", "360giving", dir.resolve("none.csv").toString()).err)
        .endsWith(": no such file\n");
  }

  @Test
  void reportReadsA360GivingFileAsItsEventFile() {
    Cli cli = Cli.run("report", ReportCommandTest.COMPACT, ReportCommandTest.GRANTS,
        "--as-of", "2025-06-30");
    assertThat(cli.code).isZero();
    assertThat(cli.out).contains("7 events checked, 14 findings");
  }
}
