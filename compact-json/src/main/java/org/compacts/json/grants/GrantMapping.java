package org.compacts.json.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.Event;
import org.compacts.rules.FundingAward;

/**
 * Understands a grant's fields: its dates, its term, its sectors. The rules are those of
 * {@link ThreeSixtyGiving}'s class comment.
 */
final class GrantMapping {
  /** Longest event identifier (DESIGN §3.1). */
  static final int MAX_ID = Event.MAX_ID_LENGTH;

  /** How far, in days, the end the duration gives may be from the planned end date. */
  static final int TOLERANCE_DAYS = 31;

  private final Labels labels;
  private final Sector funderSector;
  private final Sector recipientSector;

  GrantMapping(Labels labels, Sector funderSector, Sector recipientSector) {
    this.labels = labels;
    this.funderSector = funderSector;
    this.recipientSector = recipientSector;
  }

  ImportedGrant map(RawGrant raw) {
    List<String> problems = new ArrayList<>(raw.problems);
    List<String> warnings = new ArrayList<>(1);
    if (!raw.object) {
      return new ImportedGrant(raw, null, warnings, problems);
    }
    if (raw.id == null) {
      problems.add("It has no identifier (" + labels.id + ").");
    } else if (raw.id.length() > MAX_ID) {
      problems.add("Its identifier is " + raw.id.length() + " characters long; at most "
          + MAX_ID + " are allowed.");
    }
    List<String> dayFirst = new ArrayList<>(0);
    LocalDate awarded = date(raw.awardDate, labels.awardDate, problems, dayFirst);
    LocalDate start = date(raw.startDate, labels.startDate, problems, dayFirst);
    LocalDate end = date(raw.endDate, labels.endDate, problems, dayFirst);
    Integer months = months(raw.duration, problems);
    BigDecimal amount = amount(raw, problems);
    String currency = currency(raw.currency, problems);
    LocalDate startsOn = start != null ? start : awarded;
    if (startsOn == null && problems.isEmpty()) {
      problems.add("It has neither a planned start date (" + labels.startDate
          + ") nor an award date (" + labels.awardDate + ").");
    }
    if (end != null && startsOn != null && end.isBefore(startsOn)) {
      problems.add("Its planned end date " + end + " is before its start " + startsOn + ".");
    }
    if (!problems.isEmpty()) {
      return new ImportedGrant(raw, null, warnings, problems);
    }
    if (!dayFirst.isEmpty()) {
      warnings.add("Its dates are written DD/MM/YYYY, which the standard does not allow;"
          + " read as day/month/year: " + String.join(", ", dayFirst) + ".");
    }
    LocalDate byDuration = months != null ? startsOn.plusMonths(months).minusDays(1) : null;
    LocalDate endsOn = end != null ? end : byDuration;
    if (end != null && byDuration != null
        && Math.abs(ChronoUnit.DAYS.between(byDuration, end)) > TOLERANCE_DAYS) {
      warnings.add("Its planned dates " + startsOn + " to " + end + " and its stated duration of "
          + months + " months (to " + byDuration + ") disagree by more than a month;"
          + " the dates are used.");
    }
    FundingAward.Builder award = FundingAward.builder()
        .id(raw.id)
        .arrangement(Arrangement.GRANT)
        .awardedBy(funderSector != null ? funderSector : ThreeSixtyGiving.sectorOf(raw.funder))
        .recipientSector(recipientSector != null ? recipientSector
            : ThreeSixtyGiving.sectorOf(raw.recipient))
        .funder(Optional.ofNullable(raw.funder))
        .recipient(Optional.ofNullable(raw.recipient))
        .amountAwarded(Optional.ofNullable(amount))
        .startsOn(startsOn)
        .endsOn(Optional.ofNullable(endsOn));
    if (currency != null) {
      award.currency(currency);
    }
    return new ImportedGrant(raw, award.build(), warnings, problems);
  }

  private static LocalDate date(String text, String label, List<String> problems,
      List<String> dayFirst) {
    if (text == null) {
      return null;
    }
    try {
      GrantDates.Parsed parsed = GrantDates.parse(text);
      if (parsed.form == GrantDates.Form.DAY_MONTH_YEAR) {
        dayFirst.add(label + " " + text + " as " + parsed.date);
      }
      return parsed.date;
    } catch (IllegalArgumentException e) {
      problems.add("Its " + label + " " + e.getMessage() + ".");
      return null;
    }
  }

  private Integer months(String text, List<String> problems) {
    if (text == null) {
      return null;
    }
    if (text.length() <= 4 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int value = Integer.parseInt(text);
      if (value >= 1 && value <= 1200) {
        return value;
      }
    }
    try {
      BigDecimal value = new BigDecimal(text).stripTrailingZeros();
      if (value.scale() <= 0 && value.signum() > 0 && value.compareTo(BigDecimal.valueOf(1200))
          <= 0) {
        return value.intValueExact();
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // not a number: the problem below says so
    }
    problems.add("Its " + labels.duration + " '" + text
        + "' is not a whole number of months from 1 to 1200.");
    return null;
  }

  private BigDecimal amount(RawGrant raw, List<String> problems) {
    BigDecimal amount = raw.amount != null ? raw.amount : text(raw, problems);
    if (amount != null && amount.signum() < 0) {
      problems.add("Its " + labels.amount + " " + amount.toPlainString() + " is negative.");
      return null;
    }
    return amount;
  }

  private BigDecimal text(RawGrant raw, List<String> problems) {
    if (raw.amountText == null) {
      return null;
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(raw.amountText);
    } catch (NumberFormatException e) {
      problems.add("Its " + labels.amount + " '" + raw.amountText + "' is not a number.");
      return null;
    }
    return amount;
  }

  private String currency(String text, List<String> problems) {
    if (text == null) {
      return null;
    }
    if (text.length() == 3 && isUpper(text.charAt(0)) && isUpper(text.charAt(1))
        && isUpper(text.charAt(2))) {
      return text;
    }
    problems.add("Its " + labels.currency + " '" + text
        + "' is not an ISO 4217 code of three capital letters.");
    return null;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
