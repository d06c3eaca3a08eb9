package org.compacts.json.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.compacts.model.Sector;
import org.compacts.rules.FundingAward;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Grants of 360Giving files, each fixture imitating a quirk of a real published file. */
class ThreeSixtyGivingTest {
  @Test
  void durationOnlyGrantsEndTheDayBeforeTheDurationIsUp() {
    // Trafford Council's JSON: no planned dates, a duration of 12 months on every grant.
    List<ImportedGrant> grants = Grants.fixture("council-duration-only.json");
    assertThat(grants).hasSize(2).allMatch(ImportedGrant::isRead);
    FundingAward first = grants.get(0).getEvent();
    assertThat(grants.get(0).getId()).hasValue("360G-exampleshire-VSG0001");
    assertThat(first.getStartsOn()).isEqualTo(LocalDate.of(2013, 1, 18));
    assertThat(first.getEndsOn()).hasValue(LocalDate.of(2014, 1, 17));
    assertThat(first.getFunder()).hasValue("GB-LAE-EXS");
    assertThat(first.getRecipient()).hasValue("360G-exampleshire-youth_choir");
    assertThat(first.getAwardedBy()).isEqualTo(Sector.PUBLIC);
    assertThat(first.getRecipientSector()).isEqualTo(Sector.VOLUNTARY_COMMUNITY);
    assertThat(first.getAmountAwarded()).hasValue(new BigDecimal("2266"));
    assertThat(first.getCurrency()).isEqualTo("GBP");
    // 31 January plus 12 months is 31 January; less a day, 30 January.
    assertThat(grants.get(1).getEvent().getEndsOn()).hasValue(LocalDate.of(2025, 1, 30));
    assertThat(grants.get(1).getEvent().getAmountAwarded()).hasValue(new BigDecimal("3028.63"));
    assertThat(grants).allMatch(g -> g.getWarnings().isEmpty());
  }

  @Test
  void theCsvFormGivesTheSameGrantsAsTheJson() {
    // Trafford Council's CSV: a byte order mark, CRLF line ends, extra columns, quoted cells
    // with commas, doubled quotes and a line break.
    List<ImportedGrant> csv = Grants.fixture("council-duration-only.csv");
    List<ImportedGrant> json = Grants.fixture("council-duration-only.json");
    assertThat(csv).hasSize(2).allMatch(ImportedGrant::isRead);
    for (int i = 0; i < 2; i++) {
      FundingAward a = csv.get(i).getEvent();
      FundingAward b = json.get(i).getEvent();
      assertThat(csv.get(i).getId()).isEqualTo(json.get(i).getId());
      assertThat(a).isEqualTo(b);
    }
    assertThat(csv.get(0).getLine()).isEqualTo(2);
    assertThat(csv.get(1).getLine()).isEqualTo(3);
    assertThat(csv.get(0).getColumn()).isZero();
    assertThat(csv.get(1).getLocation())
        .isEqualTo("grant 2 (360G-exampleshire-VSG0002) at line 3");
  }

  @Test
  void dateTimesGiveTheirDateAsWrittenAndTheDatesWinOverADurationThatDisagrees() {
    // Lloyds Bank Foundation: date-times, Y/N booleans, no description, durations that
    // disagree with the dates.
    List<ImportedGrant> grants = Grants.fixture("foundation-date-times.json");
    assertThat(grants).hasSize(3).allMatch(ImportedGrant::isRead);
    assertThat(grants.get(0).getEvent().getStartsOn()).isEqualTo(LocalDate.of(2015, 7, 1));
    assertThat(grants.get(0).getEvent().getEndsOn()).hasValue(LocalDate.of(2016, 6, 30));
    assertThat(grants.get(0).getWarnings()).isEmpty();

    ImportedGrant disagreeing = grants.get(1);
    assertThat(disagreeing.getEvent().getEndsOn()).hasValue(LocalDate.of(2018, 3, 31));
    assertThat(disagreeing.getWarnings()).containsExactly("Its planned dates 2015-04-01 to"
        + " 2018-03-31 and its stated duration of 24 months (to 2017-03-31) disagree by more"
        + " than a month; the dates are used.");
    assertThat(disagreeing.getLocation()).isEqualTo("grant 2 (360G-EXF-111585) at line 1,"
        + " column 570");

    // 31 days apart is not more than a month: no warning. A start before the award is kept.
    ImportedGrant close = grants.get(2);
    assertThat(close.getEvent().getStartsOn()).isEqualTo(LocalDate.of(2014, 10, 1));
    assertThat(close.getEvent().getEndsOn()).hasValue(LocalDate.of(2017, 10, 31));
    assertThat(close.getEvent().getAmountAwarded()).hasValue(BigDecimal.ZERO);
    assertThat(close.getWarnings()).isEmpty();
  }

  @Test
  void dayMonthYearDatesAreReadWithAWarningAndNoTermLeavesNoEnd() {
    // Oxfordshire Community Foundation: DD/MM/YYYY everywhere, planned dates on some grants.
    List<ImportedGrant> grants = Grants.fixture("community-foundation-day-month-year.json");
    assertThat(grants).hasSize(2).allMatch(ImportedGrant::isRead);
    ImportedGrant planned = grants.get(0);
    assertThat(planned.getEvent().getStartsOn()).isEqualTo(LocalDate.of(2013, 9, 30));
    assertThat(planned.getEvent().getEndsOn()).hasValue(LocalDate.of(2014, 10, 3));
    assertThat(planned.getEvent().getAmountAwarded()).hasValue(new BigDecimal("1914.0"));
    assertThat(planned.getWarnings()).containsExactly("Its dates are written DD/MM/YYYY, which"
        + " the standard does not allow; read as day/month/year: awardDate 27/09/2013 as"
        + " 2013-09-27, plannedDates[0].startDate 30/09/2013 as 2013-09-30,"
        + " plannedDates[0].endDate 03/10/2014 as 2014-10-03.");
    ImportedGrant unplanned = grants.get(1);
    assertThat(unplanned.getEvent().getStartsOn()).isEqualTo(LocalDate.of(2013, 9, 30));
    assertThat(unplanned.getEvent().getEndsOn()).isEmpty();
    assertThat(unplanned.getWarnings()).hasSize(1);
  }

  @Test
  void aGrantThatCannotBeReadIsLocatedAndTheRestGoOn() {
    List<ImportedGrant> grants = Grants.text(Grants.packageOf(
        "{\"title\": \"no id\", \"awardDate\": \"2020-01-01\"}",
        "{\"id\": \"g-2\", \"awardDate\": \"2013-02-30\"}",
        "{\"id\": \"g-3\", \"awardDate\": \"2020-01-01\", \"plannedDates\": [{\"startDate\":"
            + " \"2020-02-01\", \"endDate\": \"2020-01-31\"}]}",
        "{\"id\": \"g-4\", \"awardDate\": \"soon\", \"amountAwarded\": \"lots\", \"currency\":"
            + " \"pounds\", \"plannedDates\": [{\"duration\": 2.5}]}",
        "{\"id\": {\"nested\": 1}, \"awardDate\": \"2020-01-01\"}",
        "[\"not\", \"an\", \"object\"]",
        "{\"id\": \"g-7\"}",
        "{\"id\": \"g-8\", \"awardDate\": \"2020-01-01\", \"plannedDates\": [{\"duration\": \"6\"},"
            + " {\"duration\": \"bad\"}], \"fundingOrganization\": [{\"id\": \"GB-NHS-X\"},"
            + " {\"id\": 7}]}"));
    assertThat(grants).extracting(ImportedGrant::isRead)
        .containsExactly(false, false, false, false, false, false, false, true);
    assertThat(grants.get(0).getProblems()).containsExactly("It has no identifier (id).");
    assertThat(grants.get(0).getLocation()).isEqualTo("grant 1 at line 1, column 13");
    assertThat(grants.get(1).getProblems()).containsExactly("Its awardDate '2013-02-30' names"
        + " a day that does not exist (Invalid date 'FEBRUARY 30').");
    assertThat(grants.get(1).getLocation()).isEqualTo("grant 2 (g-2) at line 2, column 1");
    assertThat(grants.get(2).getProblems())
        .containsExactly("Its planned end date 2020-01-31 is before its start 2020-02-01.");
    assertThat(grants.get(3).getProblems()).containsExactly(
        "Its awardDate 'soon' is not a date (yyyy-MM-dd, a date-time such as"
            + " 2015-07-01T00:00:00+00:00, or DD/MM/YYYY).",
        "Its plannedDates[0].duration '2.5' is not a whole number of months from 1 to 1200.",
        "Its amountAwarded 'lots' is not a number.",
        "Its currency 'pounds' is not an ISO 4217 code of three capital letters.");
    assertThat(grants.get(4).getProblems()).containsExactly(
        "Its id is an object, not a text or number.", "It has no identifier (id).");
    assertThat(grants.get(5).getProblems()).containsExactly("It is an array, not an object.");
    assertThat(grants.get(6).getProblems()).containsExactly("It has neither a planned start"
        + " date (plannedDates[0].startDate) nor an award date (awardDate).");
    ImportedGrant last = grants.get(7);
    assertThat(last.getEvent().getEndsOn()).hasValue(LocalDate.of(2020, 6, 30));
    assertThat(last.getEvent().getAwardedBy()).isEqualTo(Sector.PUBLIC);
  }

  @Test
  void theReaderCountsReadSkippedAndWarnings() throws Exception {
    String text = Grants.packageOf("{\"id\": \"a\", \"awardDate\": \"01/02/2020\"}",
        "{\"id\": \"b\"}", "{\"id\": \"c\", \"awardDate\": \"2020-01-01\"}");
    try (GrantReader reader = ThreeSixtyGiving.create()
        .open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(reader.getFormat()).isEqualTo(GrantReader.Format.JSON);
      while (reader.next() != null) {
        // read them all
      }
      assertThat(reader.getRead()).isEqualTo(2);
      assertThat(reader.getSkipped()).isEqualTo(1);
      assertThat(reader.getWarnings()).isEqualTo(1);
    }
  }

  @Test
  void anIdentifierOverTwoHundredCharactersIsAProblem() {
    String id = "x".repeat(201);
    List<ImportedGrant> grants = Grants.text(Grants.packageOf(
        "{\"id\": \"" + id + "\", \"awardDate\": \"2020-01-01\"}",
        "{\"id\": \"" + id.substring(1) + "\", \"awardDate\": \"2020-01-01\"}"));
    assertThat(grants.get(0).getProblems())
        .containsExactly("Its identifier is 201 characters long; at most 200 are allowed.");
    assertThat(grants.get(1).isRead()).isTrue();
  }

  @Test
  void thePackageMayHoldOtherFieldsAroundTheGrants() {
    List<ImportedGrant> grants = Grants.text("{\"version\": \"1.4\", \"publisher\": {\"name\":"
        + " \"x\", \"list\": [1, [2, {}]]}, \"grants\": [{\"id\": \"a\", \"awardDate\":"
        + " \"2020-01-01\", \"beneficiaryLocation\": [{\"geo\": [1, 2]}], \"plannedDates\": []}],"
        + " \"license\": \"https://example.org\"}");
    assertThat(grants).singleElement().satisfies(g -> {
      assertThat(g.isRead()).isTrue();
      assertThat(g.getEvent().getEndsOn()).isEmpty();
    });
  }

  @Test
  void sectorsComeFromTheIdentifiersPrefix() {
    for (String id : ThreeSixtyGiving.PUBLIC_PREFIXES) {
      assertThat(ThreeSixtyGiving.sectorOf(id + "ABC")).isEqualTo(Sector.PUBLIC);
      assertThat(ThreeSixtyGiving.sectorOf(id.toLowerCase() + "abc")).isEqualTo(Sector.PUBLIC);
    }
    for (String id : new String[] {"GB-CHC-327114", "GB-COH-01234567", "360G-x", "GB-LAE",
        "XGB-LAE-TRF", "", null}) {
      assertThat(ThreeSixtyGiving.sectorOf(id)).isEqualTo(Sector.VOLUNTARY_COMMUNITY);
    }
  }

  @Test
  void sectorsCanBeSetForTheWholeFile() {
    ThreeSixtyGiving giving = ThreeSixtyGiving.create()
        .withFunderSector(Sector.VOLUNTARY_COMMUNITY).withRecipientSector(Sector.PRIVATE);
    FundingAward facts =
        Grants.fixture(giving, "council-duration-only.json").get(0).getEvent();
    assertThat(facts.getAwardedBy()).isEqualTo(Sector.VOLUNTARY_COMMUNITY);
    assertThat(facts.getRecipientSector()).isEqualTo(Sector.PRIVATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"formatVersion\": \"1.0\", \"id\": \"x\", \"rules\": []}",
      "[{\"id\": \"a\"}]",
      "{\"type\": \"funding-award\"}",
      "{\"grants\": {\"id\": \"a\"}}",
      "name,age\r\nAda,36\r\n",
      "Identifier,Title\r\nx,y\r\n",
      "",
      "  \n ",
      "\u00ef\u00bb\u00bf"})
  void aFileThatIsNot360GivingIsRefusedWithASentence(String text) {
    assertThatThrownBy(() -> Grants.text(text))
        .isInstanceOf(GrantFileException.class)
        .hasMessageEndingWith(".")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception"));
  }

  @Test
  void theRefusalsSayWhatTheFileIs() {
    assertThatThrownBy(() -> Grants.text("{\"formatVersion\": \"1.0\", \"id\": \"x\"}"))
        .hasMessage("It is a compact document, not a 360Giving package (which has a"
            + " \"grants\" array).");
    assertThatThrownBy(() -> Grants.text("[]")).hasMessage("It is a JSON array, not a"
        + " 360Giving package: a package is an object whose \"grants\" field holds the grants.");
    assertThatThrownBy(() -> Grants.text("a,b\n1,2\n")).hasMessage("It is not a 360Giving"
        + " file: a 360Giving CSV file's first row names its columns by the standard's titles,"
        + " with \"Identifier\" and \"Award Date\" or \"Amount Awarded\" among them.");
  }

  @Test
  void aPackageThatBreaksOffIsRefusedWhereItBreaks() throws Exception {
    String text = "{\"grants\": [{\"id\": \"a\", \"awardDate\": \"2020-01-01\"},\n{\"id\": \"b\","
        + " \"awardDate\" \"2020-01-01\"}]}";
    try (GrantReader reader = ThreeSixtyGiving.create()
        .open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(reader.next().isRead()).isTrue();
      assertThatThrownBy(reader::next).isInstanceOf(GrantFileException.class)
          .hasMessageStartingWith("Line 2, column 25: the file cannot be read as JSON past this"
              + " point: Unexpected character");
    }
  }

  @Test
  void contentAfterThePackageIsRefused() {
    assertThatThrownBy(() -> Grants.text("{\"grants\": []} {}"))
        .isInstanceOf(GrantFileException.class)
        .hasMessageContaining("there is more content after the package");
  }

  /** An endless package: its grants are made as they are read, and counted in bytes. */
  private static final class EndlessPackage extends InputStream {
    private byte[] chunk = "{\"grants\": [".getBytes(StandardCharsets.UTF_8);
    private int at;
    private long grants;
    long served;

    @Override
    public int read() {
      if (at == chunk.length) {
        chunk = ((grants++ == 0 ? "" : ",") + "{\"id\": \"g-" + grants + "\", \"description\": \""
            + "x".repeat(500) + "\", \"awardDate\": \"2020-01-01\"}")
            .getBytes(StandardCharsets.UTF_8);
        at = 0;
      }
      served++;
      return chunk[at++];
    }
  }

  @Test
  void aPackageIsReadAsAStreamAGrantAtATime() throws Exception {
    EndlessPackage endless = new EndlessPackage();
    try (GrantReader reader = ThreeSixtyGiving.create().open(endless)) {
      for (int i = 1; i <= 2000; i++) {
        assertThat(reader.next().getId()).hasValue("g-" + i);
      }
      // 2,000 grants of half a kilobyte: read as far as the buffers, never to the end.
      assertThat(endless.served).isBetween(2000L * 500, 2000L * 600 + 128 * 1024);
    }
  }

  @Test
  void a360GivingFileIsToldFromAnEventFile(@TempDir Path dir) throws Exception {
    String[][] cases = {
        {"{\"grants\": []}", "true"},
        {"\ufeff {\"publisher\": {\"type\": \"x\"}, \"grants\": []}", "true"},
        {"Identifier,Award Date\r\n", "true"},
        {"{\"type\": \"funding-award\", \"grants\": 1}", "false"},
        {"[{\"type\": \"funding-award\"}]", "false"},
        {"{\"formatVersion\": \"1.0\"}", "false"},
        {"", "false"},
        {"{ broken", "false"}};
    for (String[] c : cases) {
      Path file = dir.resolve("f");
      Files.writeString(file, c[0], StandardCharsets.UTF_8);
      assertThat(ThreeSixtyGiving.isGrantsFile(file)).as(c[0]).isEqualTo(Boolean.valueOf(c[1]));
    }
  }

  @Test
  void csvRowsOfEmptyCellsAreSkippedAndShortRowsRead() {
    List<ImportedGrant> grants = Grants.text("Identifier,Award Date,Amount Awarded,Currency\n"
        + "a,2020-01-01,10,GBP\n,,,\nb,2020-02-01\n\nc,31/02/2020,5,GBP\n");
    assertThat(grants).extracting(ImportedGrant::isRead).containsExactly(true, true, false);
    assertThat(grants.get(1).getEvent().getAmountAwarded()).isEmpty();
    assertThat(grants.get(2).getLocation()).isEqualTo("grant 3 (c) at line 6");
    assertThat(grants.get(2).getProblems()).containsExactly("Its Award Date '31/02/2020' names"
        + " a day that does not exist (Invalid date 'FEBRUARY 31').");
  }
}
