package org.compacts.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.compacts.model.Compact;
import org.compacts.model.Fixtures;
import org.compacts.model.Governance;
import org.compacts.model.GovernanceBody;
import org.compacts.model.Seat;
import org.compacts.testkit.Defect;
import org.junit.jupiter.api.Test;

/** Each kind of defect the validator detects, with its exact code, path and sentence. */
class CompactValidatorTest {
  private final CompactValidator validator = CompactValidator.create();
  private final Compact valid = Fixtures.fullCompact();

  private void assertOnly(Defect defect, String code, String path, String message) {
    Defect.Injected injected = defect.inject(valid);
    assertThat(injected.code()).isEqualTo(code);
    assertThat(injected.path()).isEqualTo(path);
    List<Violation> violations = validator.validate(injected.compact());
    assertThat(violations).containsExactly(Violation.of(code, path, message));
  }

  @Test
  void fixtureIsValid() {
    assertThat(validator.validate(valid)).isEmpty();
    assertThat(validator.isValid(valid)).isTrue();
    assertThat(validator.requireValid(valid)).isSameAs(valid);
  }

  @Test
  void seatsThatDoNotAddUpToTheMembers() {
    assertOnly(Defect.SEAT_COUNT, "seat-count", "governance.bodies[1].seats",
        "governance.bodies[1].seats of 'injected' add up to 11 seats, but the body has 12"
            + " members.");
  }

  @Test
  void seatsThatAddUpOrHaveNoMembersToMatchAreValid() {
    GovernanceBody body = valid.getGovernance().orElseThrow().getBodies().get(0);
    assertThat(body.getMembers()).contains(13);
    assertThat(body.getSeats()).extracting(Seat::getCount).containsExactly(6, 6, 1);
    Compact unknownMembers = valid.withGovernance(valid.getGovernance().orElseThrow()
        .withBodies(body.withMembers(java.util.Optional.empty())));
    assertThat(validator.validate(unknownMembers)).isEmpty();
    Compact oneMore = valid.withGovernance(valid.getGovernance().orElseThrow()
        .withBodies(body.withMembers(14)));
    assertThat(validator.validate(oneMore)).singleElement()
        .returns("seat-count", Violation::getCode)
        .returns("governance.bodies[0].seats", Violation::getPath);
  }

  @Test
  void aSeatOfNoSectorAndNoRole() {
    assertOnly(Defect.SEAT_UNNAMED, "seat-unnamed", "governance.bodies[1].seats[0]",
        "governance.bodies[1].seats[0] names neither a sector nor a role; say whom these seats"
            + " represent.");
  }

  @Test
  void duplicateBodyId() {
    Governance g = valid.getGovernance().orElseThrow();
    Compact twice = valid.withGovernance(g.withBodies(g.getBodies().get(0),
        g.getBodies().get(0)));
    assertThat(validator.validate(twice)).containsExactly(Violation.of("duplicate-id",
        "governance.bodies[1].id", "governance.bodies[1].id repeats id 'compact-group', already"
            + " used by governance.bodies[0]."));
  }

  @Test
  void duplicateId() {
    assertOnly(Defect.DUPLICATE_ID, "duplicate-id", "parties[2].id",
        "parties[2].id repeats id 'council', already used by parties[0].");
  }

  @Test
  void danglingPartyReferenceInSignatory() {
    assertOnly(Defect.DANGLING_SIGNATORY_PARTY, "dangling-reference", "signatories[1].party",
        "signatories[1].party names party 'injected', but the compact has no party with that id.");
  }

  @Test
  void danglingCodeOfPracticeReference() {
    assertOnly(Defect.DANGLING_CODE_OF_PRACTICE, "dangling-reference",
        "undertakings[1].codesOfPractice[0]",
        "undertakings[1].codesOfPractice[0] names code of practice 'injected', but the compact"
            + " has no code of practice with that id.");
  }

  @Test
  void danglingObjectiveReference() {
    assertOnly(Defect.DANGLING_OBJECTIVE, "dangling-reference", "principles[1].objective",
        "principles[1].objective names objective 'injected', but the compact has no objective"
            + " with that id.");
  }

  @Test
  void danglingStageReferenceInRule() {
    assertOnly(Defect.DANGLING_STAGE, "dangling-reference", "rules[7].stage",
        "rules[7].stage names stage 3, but the compact's resolution procedure has no stage 3.");
  }

  @Test
  void danglingPartyReferenceInUndertaking() {
    assertOnly(Defect.DANGLING_UNDERTAKING_PARTY, "dangling-reference", "undertakings[1].party",
        "undertakings[1].party names party 'injected', but the compact has no party with that"
            + " id.");
  }

  @Test
  void missingPartyOfANamedPartyUndertaking() {
    assertOnly(Defect.MISSING_PARTY, "missing-reference", "undertakings[1].party",
        "undertakings[1].party is missing; an undertaking whose actor is 'party' must name the"
            + " party.");
  }

  @Test
  void partyNamedByAnUndertakingOfASector() {
    assertOnly(Defect.UNEXPECTED_PARTY, "unexpected-reference", "undertakings[1].party",
        "undertakings[1].party names 'council', but only an undertaking whose actor is 'party'"
            + " names one; this one's actor is 'voluntary-sector'.");
  }

  @Test
  void badSlug() {
    assertOnly(Defect.BAD_SLUG, "bad-slug", "id",
        "'Not A Slug' at id is not a slug: an id is lower-case letters and digits in words"
            + " joined by single hyphens, such as 'stage-two'.");
  }

  @Test
  void nonPositivePeriod() {
    assertOnly(Defect.NON_POSITIVE_PERIOD, "not-positive", "rules[7].period.amount",
        "rules[7].period.amount is 0; it must be greater than zero.");
  }

  @Test
  void ruleThatCanNeverApply() {
    assertOnly(Defect.EMPTY_RULE_SCOPE, "empty", "rules[7].arrangements",
        "rules[7].arrangements is empty; it must hold at least one value.");
  }

  @Test
  void gapInStageNumbers() {
    assertOnly(Defect.STAGE_GAP, "stage-numbering", "resolution.stages[2].number",
        "resolution.stages[2].number is 4; stages are numbered 1..3 in order, so it must be 3.");
  }

  @Test
  void periodThatEndsBeforeItStarts() {
    assertOnly(Defect.PERIOD_REVERSED, "period-reversed", "period",
        "period ends in 2014, before it starts in 2018.");
  }

  @Test
  void yearOutOfRange() {
    assertOnly(Defect.YEAR_OUT_OF_RANGE, "out-of-range", "period.firstYear",
        "period.firstYear is 1899; it must be at least 1900.");
  }

  @Test
  void datedOutsideItsPeriod() {
    assertOnly(Defect.DATED_OUTSIDE_PERIOD, "dated-outside-period", "datedOn",
        "datedOn is 2019-01-31, outside the compact's period 2014-2018.");
  }

  @Test
  void refreshedBeforeItIsDated() {
    assertOnly(Defect.REFRESHED_BEFORE_DATED, "refreshed-before-dated", "refreshedIn",
        "refreshedIn is 2022-03, before the compact is dated (2022-04-07).");
  }

  @Test
  void blankVerbatimText() {
    assertOnly(Defect.BLANK_VERBATIM_TEXT, "blank-text", "principles[1].source.text",
        "principles[1].source.text is blank; it must hold text.");
  }

  @Test
  void badEmail() {
    assertOnly(Defect.BAD_EMAIL, "bad-email", "commitmentForm.returnTo.email",
        "'dave.c at valonline.org.uk' at commitmentForm.returnTo.email is not an email"
            + " address.");
  }

  @Test
  void reportsEveryViolationOrderedByPath() {
    Compact bad = Defect.DANGLING_STAGE.inject(
        Defect.BAD_SLUG.inject(Defect.DUPLICATE_ID.inject(valid).compact()).compact()).compact();
    assertThat(validator.validate(bad)).extracting(Violation::getPath)
        .containsExactly("id", "parties[2].id", "rules[7].stage");
  }

  @Test
  void requireValidThrowsWithEveryViolation() {
    Compact bad = Defect.BAD_SLUG.inject(Defect.PERIOD_REVERSED.inject(valid).compact())
        .compact();
    assertThatThrownBy(() -> validator.requireValid(bad))
        .isInstanceOfSatisfying(InvalidCompactException.class, e ->
            assertThat(e.getViolations()).extracting(Violation::getCode)
                .containsExactly("bad-slug", "period-reversed"))
        .hasMessageStartingWith("Compact 'Not A Slug' has 2 problems: id: ");
  }

  @Test
  void refusesNullWithItsName() {
    assertThatThrownBy(() -> validator.validate(null))
        .isInstanceOf(NullPointerException.class).hasMessage("compact");
  }

  @Test
  void pathsCompareIndexesAsNumbers() {
    assertThat(Paths.compare("rules[10].id", "rules[9].id")).isPositive();
    assertThat(Paths.compare("rules[2].id", "rules[2].id")).isZero();
    assertThat(Paths.compare("id", "parties[0].id")).isNegative();
  }
}
