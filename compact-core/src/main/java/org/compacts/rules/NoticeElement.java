package org.compacts.rules;

/**
 * What a notice must hold besides its timing, as a {@code minimum-notice} rule's
 * {@code requires} lists it; each is read from a boolean of the {@code funding-change} event.
 */
public enum NoticeElement {
  /** The notice is given in writing: the event's {@code noticeInWriting}. */
  IN_WRITING,
  /** The notice gives the reasons for the decision: the event's {@code reasonsGiven}. */
  REASONS,
  /** The notice invites a response before the decision: the event's {@code responseInvited}. */
  OPPORTUNITY_TO_RESPOND
}
