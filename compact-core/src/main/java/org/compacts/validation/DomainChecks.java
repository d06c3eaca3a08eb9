package org.compacts.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compacts.model.Actor;
import org.compacts.model.Compact;
import org.compacts.model.Stage;
import org.compacts.model.Undertaking;
import org.compacts.model.YearRange;
import org.compacts.rules.Rule;
import org.compacts.rules.StageTimeLimitRule;

/** The checks annotations cannot say: unique ids, resolving references, numbering, dates. */
final class DomainChecks {
  private final Compact compact;
  private final List<Violation> violations = new ArrayList<>();

  private DomainChecks(Compact compact) {
    this.compact = compact;
  }

  static List<Violation> check(Compact compact) {
    DomainChecks checks = new DomainChecks(compact);
    checks.uniqueIds();
    checks.references();
    checks.stageNumbers();
    checks.dates();
    return checks.violations;
  }

  private void uniqueIds() {
    unique("parties", compact.getParties(), p -> p.getId());
    unique("signatories", compact.getSignatories(), s -> s.getId());
    unique("objectives", compact.getObjectives(), o -> o.getId());
    unique("sections", compact.getSections(), s -> s.getId());
    unique("principles", compact.getPrinciples(), p -> p.getId());
    unique("undertakings", compact.getUndertakings(), u -> u.getId());
    unique("rules", compact.getRules(), Rule::getId);
    unique("codesOfPractice", compact.getCodesOfPractice(), c -> c.getId());
    unique("relatedDocuments", compact.getRelatedDocuments(), d -> d.getId());
    compact.getResolution().ifPresent(r ->
        unique("resolution.externalBodies", r.getExternalBodies(), b -> b.getId()));
    compact.getGovernance().ifPresent(g ->
        unique("governance.duties", g.getDuties(), d -> d.getId()));
  }

  private <T> void unique(String list, List<T> elements, Function<T, String> id) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < elements.size(); i++) {
      String value = id.apply(elements.get(i));
      Integer earlier = first.putIfAbsent(value, i);
      if (earlier != null) {
        String path = list + "[" + i + "].id";
        violations.add(Violation.of("duplicate-id", path, path + " repeats id '" + value
            + "', already used by " + list + "[" + earlier + "]."));
      }
    }
  }

  private void references() {
    Set<String> parties = ids(compact.getParties(), p -> p.getId());
    Set<String> objectives = ids(compact.getObjectives(), o -> o.getId());
    Set<String> codes = ids(compact.getCodesOfPractice(), c -> c.getId());
    for (int i = 0; i < compact.getSignatories().size(); i++) {
      resolve("signatories[" + i + "].party", compact.getSignatories().get(i).getParty(),
          parties, "party");
    }
    for (int i = 0; i < compact.getPrinciples().size(); i++) {
      int index = i;
      compact.getPrinciples().get(i).getObjective().ifPresent(o ->
          resolve("principles[" + index + "].objective", o, objectives, "objective"));
    }
    for (int i = 0; i < compact.getUndertakings().size(); i++) {
      undertaking(i, compact.getUndertakings().get(i), parties, objectives, codes);
    }
    Set<Integer> stages = compact.getResolution()
        .map(r -> r.getStages().stream().map(Stage::getNumber).collect(Collectors.toSet()))
        .orElse(Set.of());
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

  private void undertaking(
      int i, Undertaking u, Set<String> parties, Set<String> objectives, Set<String> codes) {
    String at = "undertakings[" + i + "]";
    u.getObjective().ifPresent(o -> resolve(at + ".objective", o, objectives, "objective"));
    for (int j = 0; j < u.getCodesOfPractice().size(); j++) {
      resolve(at + ".codesOfPractice[" + j + "]", u.getCodesOfPractice().get(j), codes,
          "code of practice");
    }
    if (u.getActor() == Actor.PARTY && u.getParty().isEmpty()) {
      violations.add(Violation.of("missing-reference", at + ".party", at
          + ".party is missing; an undertaking whose actor is 'party' must name the party."));
    } else if (u.getActor() != Actor.PARTY && u.getParty().isPresent()) {
      violations.add(Violation.of("unexpected-reference", at + ".party", at + ".party names '"
          + u.getParty().get() + "', but only an undertaking whose actor is 'party' names one;"
          + " this one's actor is '" + kebab(u.getActor()) + "'."));
    } else {
      u.getParty().ifPresent(p -> resolve(at + ".party", p, parties, "party"));
    }
  }

  private void resolve(String path, String id, Set<String> known, String what) {
    if (!known.contains(id)) {
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

  private static <T> Set<String> ids(List<T> elements, Function<T, String> id) {
    return elements.stream().map(id).collect(Collectors.toSet());
  }

  static String kebab(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
