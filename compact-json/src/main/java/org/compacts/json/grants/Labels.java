package org.compacts.json.grants;

/** What a grant's fields are called in one format of the standard, for messages. */
enum Labels {
  JSON("id", "awardDate", "plannedDates[0].startDate", "plannedDates[0].endDate",
      "plannedDates[0].duration", "amountAwarded", "currency"),
  CSV("Identifier", "Award Date", "Planned Dates:Start Date", "Planned Dates:End Date",
      "Planned Dates:Duration (months)", "Amount Awarded", "Currency");

  final String id;
  final String awardDate;
  final String startDate;
  final String endDate;
  final String duration;
  final String amount;
  final String currency;

  Labels(String id, String awardDate, String startDate, String endDate, String duration,
      String amount, String currency) {
    this.id = id;
    this.awardDate = awardDate;
    this.startDate = startDate;
    this.endDate = endDate;
    this.duration = duration;
    this.amount = amount;
    this.currency = currency;
  }
}
