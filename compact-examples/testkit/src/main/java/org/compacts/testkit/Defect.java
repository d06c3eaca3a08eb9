package org.compacts.testkit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.compacts.model.Actor;
import org.compacts.model.BodyType;
import org.compacts.model.Citation;
import org.compacts.model.CommitmentForm;
import org.compacts.model.Compact;
import org.compacts.model.Contact;
import org.compacts.model.Governance;
import org.compacts.model.GovernanceBody;
import org.compacts.model.Modality;
import org.compacts.model.Party;
import org.compacts.model.Principle;
import org.compacts.model.ResolutionProcedure;
import org.compacts.model.Seat;
import org.compacts.model.Sector;
import org.compacts.model.Signatory;
import org.compacts.model.Stage;
import org.compacts.model.Undertaking;
import org.compacts.model.YearRange;
import org.compacts.rules.Arrangement;
import org.compacts.rules.ChangeKind;
import org.compacts.rules.MinimumNoticeRule;
import org.compacts.rules.MinimumTermRule;
import org.compacts.rules.Rule;
import org.compacts.rules.StageTimeLimitRule;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;

/**
 * One kind of defect that can be injected into a valid compact, with the violation code and
 * path the validator must report for it, and nothing else.
 *
 * <pre>{@code
 * Defect.Injected bad = Defect.DANGLING_CODE_OF_PRACTICE.inject(CompactGen.compact(gen));
 * assertThat(validator.validate(bad.compact())).singleElement()
 *     .returns(bad.code(), Violation::getCode).returns(bad.path(), Violation::getPath);
 * }</pre>
 */
public enum Defect {
  DUPLICATE_ID {
    @Override
    Injected apply(Compact c) {
      Compact withParty = c.getParties().isEmpty() ? c.withParties(party("first-party")) : c;
      Party twin = party(withParty.getParties().get(0).getId());
      return new Injected(Compact.builder().from(withParty).addParties(twin).build(),
          "duplicate-id", "parties[" + withParty.getParties().size() + "].id");
    }
  },
  DANGLING_SIGNATORY_PARTY {
    @Override
    Injected apply(Compact c) {
      Signatory s = Signatory.builder().id(fresh(c.getSignatories().stream()
              .map(Signatory::getId).collect(Collectors.toSet())))
          .name("A Person").position("Chair").party(fresh(ids(c))).build();
      return new Injected(Compact.builder().from(c).addSignatories(s).build(),
          "dangling-reference", "signatories[" + c.getSignatories().size() + "].party");
    }
  },
  DANGLING_CODE_OF_PRACTICE {
    @Override
    Injected apply(Compact c) {
      Undertaking u = undertaking(c, Actor.ALL_PARTNERS).addCodesOfPractice(fresh(ids(c)))
          .build();
      return new Injected(Compact.builder().from(c).addUndertakings(u).build(),
          "dangling-reference", "undertakings[" + c.getUndertakings().size()
              + "].codesOfPractice[0]");
    }
  },
  DANGLING_OBJECTIVE {
    @Override
    Injected apply(Compact c) {
      Principle p = Principle.builder().id(freshRuleOrElementId(c)).objective(fresh(ids(c)))
          .source(Citation.of("1", "A principle.")).build();
      return new Injected(Compact.builder().from(c).addPrinciples(p).build(),
          "dangling-reference", "principles[" + c.getPrinciples().size() + "].objective");
    }
  },
  DANGLING_STAGE {
    @Override
    Injected apply(Compact c) {
      int stages = c.getResolution().map(r -> r.getStages().size()).orElse(0);
      Rule r = StageTimeLimitRule.builder().id(freshRuleOrElementId(c)).modality(Modality.SHOULD)
          .stage(stages + 1).period(TimeSpan.of(21, TimeSpanUnit.DAYS))
          .source(Citation.of("Stage 2", "Request a written response within 21 days.")).build();
      return new Injected(Compact.builder().from(c).addRules(r).build(),
          "dangling-reference", "rules[" + c.getRules().size() + "].stage");
    }
  },
  DANGLING_UNDERTAKING_PARTY {
    @Override
    Injected apply(Compact c) {
      Undertaking u = undertaking(c, Actor.PARTY).party(fresh(ids(c))).build();
      return new Injected(Compact.builder().from(c).addUndertakings(u).build(),
          "dangling-reference", "undertakings[" + c.getUndertakings().size() + "].party");
    }
  },
  MISSING_PARTY {
    @Override
    Injected apply(Compact c) {
      Undertaking u = undertaking(c, Actor.PARTY).build();
      return new Injected(Compact.builder().from(c).addUndertakings(u).build(),
          "missing-reference", "undertakings[" + c.getUndertakings().size() + "].party");
    }
  },
  UNEXPECTED_PARTY {
    @Override
    Injected apply(Compact c) {
      Compact withParty = c.getParties().isEmpty() ? c.withParties(party("first-party")) : c;
      Undertaking u = undertaking(withParty, Actor.VOLUNTARY_SECTOR)
          .party(withParty.getParties().get(0).getId()).build();
      return new Injected(Compact.builder().from(withParty).addUndertakings(u).build(),
          "unexpected-reference", "undertakings[" + c.getUndertakings().size() + "].party");
    }
  },
  BAD_SLUG {
    @Override
    Injected apply(Compact c) {
      return new Injected(c.withId("Not A Slug"), "bad-slug", "id");
    }
  },
  NON_POSITIVE_PERIOD {
    @Override
    Injected apply(Compact c) {
      Rule r = MinimumNoticeRule.builder().id(freshRuleOrElementId(c)).modality(Modality.WILL)
          .period(TimeSpan.of(0, TimeSpanUnit.MONTHS)).addChanges(ChangeKind.CESSATION)
          .addArrangements(Arrangement.GRANT).givenBy(Sector.PUBLIC)
          .givenTo(Sector.VOLUNTARY_COMMUNITY)
          .source(Citation.of("Principles", "Three months notice.")).build();
      return new Injected(Compact.builder().from(c).addRules(r).build(),
          "not-positive", "rules[" + c.getRules().size() + "].period.amount");
    }
  },
  EMPTY_RULE_SCOPE {
    @Override
    Injected apply(Compact c) {
      Rule r = MinimumTermRule.builder().id(freshRuleOrElementId(c)).modality(Modality.ENDEAVOUR)
          .period(TimeSpan.of(3, TimeSpanUnit.YEARS)).awardedBy(Sector.PUBLIC)
          .source(Citation.of("1", "Contracts of three years or more.")).build();
      return new Injected(Compact.builder().from(c).addRules(r).build(),
          "empty", "rules[" + c.getRules().size() + "].arrangements");
    }
  },
  STAGE_GAP {
    @Override
    Injected apply(Compact c) {
      ResolutionProcedure procedure = c.getResolution()
          .orElse(ResolutionProcedure.builder().addStages(stage(1)).build());
      int n = procedure.getStages().size();
      ResolutionProcedure gapped = ResolutionProcedure.builder().from(procedure)
          .addStages(stage(n + 2)).build();
      return new Injected(c.withResolution(gapped), "stage-numbering",
          "resolution.stages[" + n + "].number");
    }
  },
  PERIOD_REVERSED {
    @Override
    Injected apply(Compact c) {
      return new Injected(c.withPeriod(YearRange.of(2018, 2014)), "period-reversed", "period");
    }
  },
  YEAR_OUT_OF_RANGE {
    @Override
    Injected apply(Compact c) {
      return new Injected(Compact.builder().from(c).period(YearRange.of(1899, 2014))
          .datedOn(java.util.Optional.empty()).build(), "out-of-range", "period.firstYear");
    }
  },
  DATED_OUTSIDE_PERIOD {
    @Override
    Injected apply(Compact c) {
      return new Injected(Compact.builder().from(c).period(YearRange.of(2014, 2018))
          .datedOn(LocalDate.of(2019, 1, 31)).refreshedIn(java.util.Optional.empty()).build(),
          "dated-outside-period", "datedOn");
    }
  },
  REFRESHED_BEFORE_DATED {
    @Override
    Injected apply(Compact c) {
      return new Injected(Compact.builder().from(c).period(java.util.Optional.empty())
          .datedOn(LocalDate.of(2022, 4, 7)).refreshedIn(YearMonth.of(2022, 3)).build(),
          "refreshed-before-dated", "refreshedIn");
    }
  },
  BLANK_VERBATIM_TEXT {
    @Override
    Injected apply(Compact c) {
      Principle p = Principle.builder().id(freshRuleOrElementId(c))
          .source(Citation.of("3", " \t ")).build();
      return new Injected(Compact.builder().from(c).addPrinciples(p).build(),
          "blank-text", "principles[" + c.getPrinciples().size() + "].source.text");
    }
  },
  SEAT_COUNT {
    @Override
    Injected apply(Compact c) {
      GovernanceBody body = body(c).members(12)
          .addSeats(Seat.of(Sector.PUBLIC, 6), Seat.of(Sector.VOLUNTARY_COMMUNITY, 5)).build();
      return withBody(c, body, "seat-count", "seats");
    }
  },
  SEAT_UNNAMED {
    @Override
    Injected apply(Compact c) {
      GovernanceBody body = body(c).addSeats(Seat.builder().count(2).build()).build();
      return withBody(c, body, "seat-unnamed", "seats[0]");
    }
  },
  BAD_EMAIL {
    @Override
    Injected apply(Compact c) {
      CommitmentForm form = CommitmentForm.builder()
          .addStatements(Citation.of("Your commitment", "We agree with the principles."))
          .returnTo(Contact.builder().email("dave.c at valonline.org.uk").build())
          .build();
      return new Injected(c.withCommitmentForm(form), "bad-email",
          "commitmentForm.returnTo.email");
    }
  };

  /** A compact with one defect, and the code and path of the one violation it must give. */
  public record Injected(Compact compact, String code, String path) {}

  /**
   * Injects this defect into a valid compact.
   *
   * @param valid a compact with no violations
   * @return the defective compact and the violation expected
   */
  public Injected inject(Compact valid) {
    return apply(valid);
  }

  abstract Injected apply(Compact c);

  private static Party party(String id) {
    return Party.builder().id(id).name("A Party").sector(Sector.PUBLIC)
        .bodyType(BodyType.LOCAL_AUTHORITY).build();
  }

  private static GovernanceBody.Builder body(Compact c) {
    return GovernanceBody.builder().id(fresh(c.getGovernance().stream()
            .flatMap(g -> g.getBodies().stream()).map(GovernanceBody::getId)
            .collect(Collectors.toSet())))
        .name("Compact Group").source(Citation.of("Governance", "The Compact Group."));
  }

  /** Adds a body to the compact's governance; the path is the body's, then {@code field}. */
  private static Injected withBody(Compact c, GovernanceBody body, String code, String field) {
    Governance governance = c.getGovernance().orElse(Governance.builder().build());
    int index = governance.getBodies().size();
    return new Injected(c.withGovernance(Governance.builder().from(governance).addBodies(body)
        .build()), code, "governance.bodies[" + index + "]." + field);
  }

  private static Stage stage(int number) {
    return Stage.builder().number(number).source(Citation.of("Stage " + number, "Talk."))
        .build();
  }

  private static Undertaking.Builder undertaking(Compact c, Actor actor) {
    return Undertaking.builder().id(fresh(c.getUndertakings().stream()
            .map(Undertaking::getId).collect(Collectors.toSet())))
        .actor(actor).modality(Modality.WILL).source(Citation.of("4(i)", "An undertaking."));
  }

  private static String freshRuleOrElementId(Compact c) {
    return fresh(ids(c));
  }

  /** Every id in the compact, of whatever element. */
  private static Set<String> ids(Compact c) {
    Set<String> ids = new HashSet<>();
    c.getParties().forEach(p -> ids.add(p.getId()));
    c.getSignatories().forEach(s -> ids.add(s.getId()));
    c.getObjectives().forEach(o -> ids.add(o.getId()));
    c.getPrinciples().forEach(p -> ids.add(p.getId()));
    c.getUndertakings().forEach(u -> ids.add(u.getId()));
    c.getRules().forEach(r -> ids.add(r.getId()));
    c.getCodesOfPractice().forEach(k -> ids.add(k.getId()));
    return ids;
  }

  private static String fresh(Set<String> taken) {
    String id = "injected";
    for (int i = 1; taken.contains(id); i++) {
      id = "injected-" + i;
    }
    return id;
  }
}
