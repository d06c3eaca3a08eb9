package org.compacts.model;

/**
 * The pattern an optional text attribute matches when present: at least one character that is
 * not white space. ({@code @NotBlank} would also reject an absent value.)
 */
public final class Text {
  /** Matches text with at least one non-white-space character. */
  public static final String NOT_BLANK = "(?s).*\\S.*";

  private Text() {}
}
