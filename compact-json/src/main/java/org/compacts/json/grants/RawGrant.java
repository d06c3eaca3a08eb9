package org.compacts.json.grants;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of one grant as a reader found them, before they are understood: texts as
 * written (stripped, {@code null} when absent or blank), reused from grant to grant.
 */
final class RawGrant {
  long number;
  long line;
  long column;
  String id;
  String awardDate;
  String startDate;
  String endDate;
  String duration;
  String funder;
  String recipient;
  /** The amount as an exact number, when the file wrote it as one. */
  BigDecimal amount;
  /** The amount as text, when the file wrote it as text. */
  String amountText;
  String currency;
  /** False when the grant is not even an object: its problems then say all. */
  boolean object;
  /** Problems the reader met in the grant's structure, such as an object for an identifier. */
  final List<String> problems = new ArrayList<>(2);

  void start(long number, long line, long column) {
    this.number = number;
    this.line = line;
    this.column = column;
    id = null;
    awardDate = null;
    startDate = null;
    endDate = null;
    duration = null;
    funder = null;
    recipient = null;
    amount = null;
    amountText = null;
    currency = null;
    object = true;
    problems.clear();
  }

  /** Returns the text stripped, or {@code null} when it is {@code null} or blank. */
  static String given(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
