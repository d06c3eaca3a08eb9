package org.compacts.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.compacts.model.Actor;
import org.compacts.model.Compact;
import org.compacts.model.Governance;
import org.compacts.model.GovernanceBody;
import org.compacts.model.Seat;
import org.compacts.model.Undertaking;
import org.compacts.model.YearRange;
import org.compacts.rules.Rule;
import org.compacts.rules.StageTimeLimitRule;

/** The checks annotations cannot say: unique ids, resolving references, numbering, dates. */
final class DomainChecks {
  private final Compact compact;
  private final List<Violation> violations = new ArrayList<>();
  private Set<String> parties;
  private Set<String> objectives;
  private Set<String> codes;

  private DomainChecks(Compact compact) {
    this.compact = compact;
  }

  static List<Violation> check(Compact compact) {
    DomainChecks checks = new DomainChecks(compact);
    checks.uniqueIds();
    checks.references();
    checks.stageNumbers();
    checks.dates();
    checks.seats();
    return checks.violations;
  }

  private void uniqueIds() {
    parties = unique("parties", compact.getParties(), p -> p.getId());
    unique("signatories", compact.getSignatories(), s -> s.getId());
    objectives = unique("objectives", compact.getObjectives(), o -> o.getId());
    unique("sections", compact.getSections(), s -> s.getId());
    unique("principles", compact.getPrinciples(), p -> p.getId());
    unique("undertakings", compact.getUndertakings(), u -> u.getId());
    unique("rules", compact.getRules(), Rule::getId);
    codes = unique("codesOfPractice", compact.getCodesOfPractice(), c -> c.getId());
    unique("relatedDocuments", compact.getRelatedDocuments(), d -> d.getId());
    compact.getResolution().ifPresent(r ->
        unique("resolution.externalBodies", r.getExternalBodies(), b -> b.getId()));
    compact.getGovernance().ifPresent(g -> {
      unique("governance.duties", g.getDuties(), d -> d.getId());
      unique("governance.bodies", g.getBodies(), b -> b.getId());
    });
  }

  /** Reports repeated ids in a list; returns the ids it holds. */
  private <T> Set<String> unique(String list, List<T> elements, Function<T, String> id) {
    if (elements.isEmpty()) {
      return Set.of();
    }
    Map<String, Integer> first = new HashMap<>(elements.size() * 2);
    for (int i = 0; i < elements.size(); i++) {
      String value = id.apply(elements.get(i));
      Integer earlier = first.putIfAbsent(value, i);
      if (earlier != null) {
        String path = list + "[" + i + "].id";
        violations.add(Violation.of("duplicate-id", path, path + " repeats id '" + value
            + "', already used by " + list + "[" + earlier + "]."));
      }
    }
    return first.keySet();
  }

  private void references() {
    for (int i = 0; i < compact.getSignatories().size(); i++) {
      resolve(compact.getSignatories().get(i).getParty(), parties, "party", "signatories", i,
          "party", -1);
    }
    for (int i = 0; i < compact.getPrinciples().size(); i++) {
      String objective = compact.getPrinciples().get(i).getObjective().orElse(null);
      if (objective != null) {
        resolve(objective, objectives, "objective", "principles", i, "objective", -1);
      }
    }
    for (int i = 0; i < compact.getUndertakings().size(); i++) {
      undertaking(i, compact.getUndertakings().get(i));
    }
    Set<Integer> stages = new HashSet<>();
    compact.getResolution().ifPresent(r -> r.getStages().forEach(s -> stages.add(s.getNumber())));
    for (int i = 0; i < compact.getRules().size(); i++) {
      Rule rule = compact.getRules().get(i);
      if (rule instanceof StageTimeLimitRule) {
        int stage = ((StageTimeLimitRule) rule).getStage();
        if (!stages.contains(stage)) {
          String path = "rules[" + i + "].stage";
          violations.add(Violation.of("dangling-reference", path, path + " names stage " + stage
              + ", but the compact's resolution procedure has no stage " + stage + "."));
        }
      }
    }
  }

  private void undertaking(int i, Undertaking u) {
    String objective = u.getObjective().orElse(null);
    if (objective != null) {
      resolve(objective, objectives, "objective", "undertakings", i, "objective", -1);
    }
    List<String> codesOfPractice = u.getCodesOfPractice();
    for (int j = 0; j < codesOfPractice.size(); j++) {
      resolve(codesOfPractice.get(j), codes, "code of practice", "undertakings", i,
          "codesOfPractice", j);
    }
    String party = u.getParty().orElse(null);
    if (u.getActor() == Actor.PARTY && party == null) {
      String at = "undertakings[" + i + "].party";
      violations.add(Violation.of("missing-reference", at, at
          + " is missing; an undertaking whose actor is 'party' must name the party."));
    } else if (u.getActor() != Actor.PARTY && party != null) {
      String at = "undertakings[" + i + "].party";
      violations.add(Violation.of("unexpected-reference", at, at + " names '" + party
          + "', but only an undertaking whose actor is 'party' names one; this one's actor is '"
          + kebab(u.getActor()) + "'."));
    } else if (party != null) {
      resolve(party, parties, "party", "undertakings", i, "party", -1);
    }
  }

  /**
   * Reports an id that names no element it could name; the path,
   * {@code list[index].field[fieldIndex]}, is written only then.
   */
  private void resolve(String id, Set<String> known, String what, String list, int index,
      String field, int fieldIndex) {
    if (!known.contains(id)) {
      String path = list + "[" + index + "]." + field
          + (fieldIndex >= 0 ? "[" + fieldIndex + "]" : "");
      violations.add(Violation.of("dangling-reference", path, path + " names " + what + " '"
          + id + "', but the compact has no " + what + " with that id."));
    }
  }

  private void stageNumbers() {
    compact.getResolution().ifPresent(r -> {
      for (int i = 0; i < r.getStages().size(); i++) {
        int number = r.getStages().get(i).getNumber();
        if (number != i + 1) {
          String path = "resolution.stages[" + i + "].number";
          violations.add(Violation.of("stage-numbering", path, path + " is " + number
              + "; stages are numbered 1.." + r.getStages().size() + " in order, so it must be "
              + (i + 1) + "."));
        }
      }
    });
  }

  private void dates() {
    compact.getPeriod().ifPresent(period -> {
      if (period.getLastYear() < period.getFirstYear()) {
        violations.add(Violation.of("period-reversed", "period", "period ends in "
            + period.getLastYear() + ", before it starts in " + period.getFirstYear() + "."));
      } else {
        compact.getDatedOn().ifPresent(d -> datedWithin(d.getYear(), period));
      }
    });
    compact.getRefreshedIn().ifPresent(refreshed -> compact.getDatedOn().ifPresent(dated -> {
      if (refreshed.isBefore(java.time.YearMonth.from(dated))) {
        violations.add(Violation.of("refreshed-before-dated", "refreshedIn", "refreshedIn is "
            + refreshed + ", before the compact is dated (" + dated + ")."));
      }
    }));
  }

  private void datedWithin(int year, YearRange period) {
    if (year < period.getFirstYear() || year > period.getLastYear()) {
      violations.add(Violation.of("dated-outside-period", "datedOn", "datedOn is "
          + compact.getDatedOn().orElseThrow() + ", outside the compact's period "
          + period.getFirstYear() + "-" + period.getLastYear() + "."));
    }
  }

  /** Seats name a sector or a role, and add up to the body's members where both are given. */
  private void seats() {
    List<GovernanceBody> bodies =
        compact.getGovernance().map(Governance::getBodies).orElse(List.of());
    for (int i = 0; i < bodies.size(); i++) {
      GovernanceBody body = bodies.get(i);
      List<Seat> seats = body.getSeats();
      long total = 0;
      for (int j = 0; j < seats.size(); j++) {
        Seat seat = seats.get(j);
        total += seat.getCount();
        if (seat.getSector().isEmpty() && seat.getRole().isEmpty()) {
          String path = "governance.bodies[" + i + "].seats[" + j + "]";
          violations.add(Violation.of("seat-unnamed", path, path
              + " names neither a sector nor a role; say whom these seats represent."));
        }
      }
      Integer members = body.getMembers().orElse(null);
      if (members != null && !seats.isEmpty() && total != members) {
        String path = "governance.bodies[" + i + "].seats";
        violations.add(Violation.of("seat-count", path, path + " of '" + body.getId()
            + "' add up to " + total + " seats, but the body has " + members + " members."));
      }
    }
  }

  static String kebab(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
