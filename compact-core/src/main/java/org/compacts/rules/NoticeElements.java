package org.compacts.rules;

import java.time.LocalDate;
import java.util.Set;

/** The elements a {@code minimum-notice} rule requires of a notice given in time. */
final class NoticeElements {
  private NoticeElements() {}

  /**
   * Decides the required elements of a notice given in time: {@code not-met} naming each one
   * the event says is missing, else {@code pending} naming each one it does not say, else
   * {@code met}.
   *
   * @param timing the sentence so far, on the notice's timing, not yet ended
   */
  static Assessment assess(Set<NoticeElement> requires, FundingChange change, Sentence timing,
      LocalDate deadline) {
    StringBuilder missing = null;
    StringBuilder unknown = null;
    for (NoticeElement element : requires) {
      Boolean held = fact(element, change);
      if (held == null) {
        unknown = append(unknown, element, " or ");
      } else if (!held) {
        missing = append(missing, element, " or ");
      }
    }
    if (missing != null) {
      return Assessment.of(Outcome.NOT_MET, timing.text(", but the notice was not ")
          .text(missing.toString()).end(), deadline);
    }
    if (unknown != null) {
      return Assessment.of(Outcome.PENDING, timing.text(", but the event does not say whether"
          + " the notice was ").text(unknown.toString()).end(), deadline);
    }
    return Assessment.of(Outcome.MET, timing.text(", and the notice was ")
        .text(words(requires)).end(), deadline);
  }

  private static Boolean fact(NoticeElement element, FundingChange change) {
    switch (element) {
      case IN_WRITING:
        return change.getNoticeInWriting().orElse(null);
      case REASONS:
        return change.getReasonsGiven().orElse(null);
      default:
        return change.getResponseInvited().orElse(null);
    }
  }

  /** How a notice holds the element, such as "in writing (in-writing)". */
  private static String words(NoticeElement element) {
    switch (element) {
      case IN_WRITING:
        return "in writing (in-writing)";
      case REASONS:
        return "given with its reasons (reasons)";
      default:
        return "given with an opportunity to respond (opportunity-to-respond)";
    }
  }

  private static String words(Set<NoticeElement> elements) {
    StringBuilder out = null;
    for (NoticeElement element : elements) {
      out = append(out, element, " and ");
    }
    return out.toString();
  }

  private static StringBuilder append(StringBuilder list, NoticeElement element,
      String conjunction) {
    return list == null ? new StringBuilder(words(element))
        : list.append(conjunction).append(words(element));
  }
}
