package org.compacts.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes generated 360Giving files the size of a whole published registry: grants shaped as
 * real funders publish them (a title, a description, organisations with names, a programme, a
 * beneficiary location), with planned dates of one to four years, date-times on every fifth,
 * durations that disagree with the dates on every eleventh, and councils, NHS bodies and
 * charities among the funders.
 */
final class GrantFiles {
  private static final String[] FUNDERS = {"GB-LAE-TRF", "GB-CHC-327114", "GB-NHS-RX1",
      "GB-CHC-1151621", "GB-LAS-ABD", "GB-GOR-DCMS"};
  private static final String[] PROGRAMMES = {"Voluntary Sector Grants", "Enable South",
      "Invest North", "Community General Fund"};

  private GrantFiles() {}

  /** Writes a JSON package of {@code count} grants. */
  static Path json(int count) throws IOException {
    Path file = Files.createTempFile("compacts-grants-", ".json");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"grants\": [\n");
      for (int i = 0; i < count; i++) {
        Grant g = new Grant(i);
        out.write((i == 0 ? "" : ",\n") + "{\"id\": \"360G-bench-" + i + "\", \"title\":"
            + " \"Grant to Community Group " + i + "\", \"description\": \"Support for the"
            + " running costs of a community project, year " + (i % 4 + 1) + ".\","
            + " \"currency\": \"GBP\", \"amountAwarded\": " + g.amount + ", \"awardDate\": \""
            + g.date(g.award) + "\", \"plannedDates\": [{\"startDate\": \"" + g.date(g.start)
            + "\", \"endDate\": \"" + g.date(g.end) + "\", \"duration\": " + g.months + "}],"
            + " \"recipientOrganization\": [{\"id\": \"GB-CHC-" + (1_000_000 + i % 50_000)
            + "\", \"name\": \"Community Group " + i % 50_000 + "\"}], \"fundingOrganization\":"
            + " [{\"id\": \"" + g.funder + "\", \"name\": \"Funder " + i % FUNDERS.length
            + "\"}], \"grantProgramme\": [{\"title\": \"" + PROGRAMMES[i % PROGRAMMES.length]
            + "\"}], \"beneficiaryLocation\": [{\"name\": \"Area " + i % 300 + "\","
            + " \"countryCode\": \"GB\"}], \"fromOpenCall\": \"Yes\"}");
      }
      out.write("\n]}\n");
    }
    return file;
  }

  /** Writes the same grants as flattened CSV, CRLF line ends, quoted cells where needed. */
  static Path csv(int count) throws IOException {
    Path file = Files.createTempFile("compacts-grants-", ".csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("Identifier,Title,Description,Currency,Amount Awarded,Award Date,"
          + "Planned Dates:Start Date,Planned Dates:End Date,Planned Dates:Duration (months),"
          + "Recipient Org:Identifier,Recipient Org:Name,Funding Org:Identifier,"
          + "Funding Org:Name,Grant Programme:Title,Beneficiary Location:Name,"
          + "From an open call?\r\n");
      for (int i = 0; i < count; i++) {
        Grant g = new Grant(i);
        out.write("360G-bench-" + i + ",Grant to Community Group " + i + ",\"Support for the"
            + " running costs of a community project, year " + (i % 4 + 1) + ".\",GBP,"
            + g.amount + "," + g.date(g.award) + "," + g.date(g.start) + "," + g.date(g.end)
            + "," + g.months + ",GB-CHC-" + (1_000_000 + i % 50_000) + ",Community Group "
            + i % 50_000 + "," + g.funder + ",Funder " + i % FUNDERS.length + ","
            + PROGRAMMES[i % PROGRAMMES.length] + ",Area " + i % 300 + ",Yes\r\n");
      }
    }
    return file;
  }

  /** One generated grant's values. */
  private static final class Grant {
    final boolean dateTimes;
    final String amount;
    final LocalDate award;
    final LocalDate start;
    final LocalDate end;
    final int months;
    final String funder;

    Grant(int i) {
      dateTimes = i % 5 == 0;
      amount = (500 + i % 99_500) + (i % 3 == 0 ? ".50" : "");
      award = LocalDate.of(2010, 1, 1).plusDays(i % 5000);
      start = award.plusDays(i % 60);
      int years = 1 + i % 4;
      end = start.plusYears(years).minusDays(1);
      months = i % 11 == 0 ? 12 * years + 6 : 12 * years;
      funder = FUNDERS[i % FUNDERS.length];
    }

    String date(LocalDate day) {
      return dateTimes ? day + "T00:00:00+00:00" : day.toString();
    }
  }
}
