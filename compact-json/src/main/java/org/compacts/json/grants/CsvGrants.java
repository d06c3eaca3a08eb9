package org.compacts.json.grants;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The grants of a flattened 360Giving CSV file, read with Jackson's CSV parser a row at a
 * time. The first row names the columns by the standard's titles ({@code Identifier},
 * {@code Award Date}, {@code Planned Dates:Start Date}, …); the columns the events need are
 * found by title, the first of a repeated title wins, every other column is ignored. Line ends
 * may be CRLF; rows of empty cells only are skipped.
 */
final class CsvGrants implements GrantSource {
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(1024 * 1024)
          .build())
      .enable(CsvReadFeature.SKIP_EMPTY_LINES)
      .build();

  private static final int NONE = 0;
  private static final int ID = 1;
  private static final int AWARD_DATE = 2;
  private static final int START_DATE = 3;
  private static final int END_DATE = 4;
  private static final int DURATION = 5;
  private static final int FUNDER = 6;
  private static final int RECIPIENT = 7;
  private static final int AMOUNT = 8;
  private static final int CURRENCY = 9;
  private static final String[] TITLES = {null, "Identifier", "Award Date",
      "Planned Dates:Start Date", "Planned Dates:End Date", "Planned Dates:Duration (months)",
      "Funding Org:Identifier", "Recipient Org:Identifier", "Amount Awarded", "Currency"};

  private final JsonParser parser;
  private int[] roles;
  private long count;

  CsvGrants(InputStream in) {
    this.parser = FACTORY.createParser(ObjectReadContext.empty(), in);
  }

  @Override
  public Labels labels() {
    return Labels.CSV;
  }

  @Override
  public boolean next(RawGrant raw) {
    if (roles == null) {
      roles = header();
    }
    while (parser.nextToken() == JsonToken.START_ARRAY) {
      raw.start(count + 1, parser.currentTokenLocation().getLineNr(), 0);
      boolean any = false;
      int column = 0;
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY;
          token = parser.nextToken()) {
        if (column == 0) {
          // A row's first cell knows the row's line; the row's start still knows the last.
          raw.line = parser.currentTokenLocation().getLineNr();
        }
        int role = column < roles.length ? roles[column] : NONE;
        column++;
        if (role == NONE) {
          any |= parser.getStringLength() > 0;
          continue;
        }
        String value = RawGrant.given(parser.getString());
        if (value == null) {
          continue;
        }
        any = true;
        set(raw, role, value);
      }
      if (any) {
        count++;
        return true;
      }
    }
    return false;
  }

  private static void set(RawGrant raw, int role, String value) {
    switch (role) {
      case ID:
        raw.id = value;
        break;
      case AWARD_DATE:
        raw.awardDate = value;
        break;
      case START_DATE:
        raw.startDate = value;
        break;
      case END_DATE:
        raw.endDate = value;
        break;
      case DURATION:
        raw.duration = value;
        break;
      case FUNDER:
        raw.funder = value;
        break;
      case RECIPIENT:
        raw.recipient = value;
        break;
      case AMOUNT:
        raw.amountText = value;
        break;
      case CURRENCY:
        raw.currency = value;
        break;
      default:
        throw new AssertionError(role);
    }
  }

  /** Reads the first row and finds the columns by title. */
  private int[] header() {
    List<String> titles = new ArrayList<>();
    if (parser.nextToken() == JsonToken.START_ARRAY) {
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY;
          token = parser.nextToken()) {
        titles.add(parser.getString().strip());
      }
    }
    int[] found = new int[titles.size()];
    boolean[] seen = new boolean[TITLES.length];
    for (int column = 0; column < found.length; column++) {
      for (int role = 1; role < TITLES.length; role++) {
        if (!seen[role] && TITLES[role].equals(titles.get(column))) {
          seen[role] = true;
          found[column] = role;
        }
      }
    }
    if (!seen[ID] || !seen[AWARD_DATE] && !seen[AMOUNT]) {
      throw new GrantFileException("It is not a 360Giving file: a 360Giving CSV file's first"
          + " row names its columns by the standard's titles, with \"Identifier\" and"
          + " \"Award Date\" or \"Amount Awarded\" among them.");
    }
    return found;
  }

  @Override
  public void close() {
    parser.close();
  }
}
