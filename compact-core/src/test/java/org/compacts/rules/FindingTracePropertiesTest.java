package org.compacts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.compacts.model.Compact;
import org.compacts.testkit.CompactGen;
import org.compacts.testkit.EventGen;
import org.compacts.testkit.Property;
import org.compacts.testkit.RuleTags;
import org.compacts.time.HolidayCalendar;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Laws of DESIGN 3 and 3.1 over generated compacts and events: findings say which event they
 * judge, no event vanishes unjudged, and {@code onlyWhen} only ever makes a rule not apply.
 */
class FindingTracePropertiesTest {
  private static final HolidayCalendar ANY_YEAR = HolidayCalendar.weekendsOnly();

  @TestFactory
  Stream<DynamicTest> aFindingsEventIndexIsTheEventsPosition() {
    return Property.forAll("a finding's event index is the position of the event it judges",
        gen -> {
          Compact compact = CompactGen.compact(gen);
          List<Event> events = gen.list(0, 8, () -> gen.chance(0.7)
              && !compact.getRules().isEmpty()
              ? EventGen.forRule(gen, gen.pick(compact.getRules())) : EventGen.event(gen));
          LocalDate asOf = EventGen.day(gen);
          PreparedCompact prepared = RuleEvaluator.create().withCalendar(ANY_YEAR)
              .prepare(compact);
          CheckResult result = prepared.checkResult(events, asOf);
          assertThat(prepared.checkAll(events, asOf)).isEqualTo(result.getFindings());
          List<Finding> expected = new ArrayList<>();
          List<Long> unjudged = new ArrayList<>();
          for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            List<Finding> one = prepared.check(event, i, asOf);
            for (Finding f : one) {
              assertThat(f.getEvent()).isEqualTo(i);
              assertThat(f.getEventId()).isEqualTo(event.getId());
            }
            assertThat(prepared.check(event, asOf)).allSatisfy(f ->
                assertThat(f.getEvent()).isZero());
            if (one.isEmpty()) {
              unjudged.add((long) i);
              assertThat(prepared.reads(event.type())).isFalse();
            }
            expected.addAll(one);
          }
          assertThat(result.getFindings()).isEqualTo(expected);
          assertThat(result.getUnjudged()).extracting(UnjudgedEvent::getEvent)
              .isEqualTo(unjudged);
          for (UnjudgedEvent u : result.getUnjudged()) {
            Event event = events.get((int) u.getEvent());
            assertThat(u.getType()).isEqualTo(event.type());
            assertThat(u.getEventId()).isEqualTo(event.getId());
          }
          assertThat(result.unjudgedByType().values().stream().mapToLong(Long::longValue).sum())
              .isEqualTo(unjudged.size());
        });
  }

  @TestFactory
  Stream<DynamicTest> addingATagNeverTurnsOnlyWhenIntoAnError() {
    return Property.forAll("adding tags to an event never turns not-applicable by onlyWhen into"
        + " an error; with every tag the rule decides as if it asked for none", gen -> {
          Rule plain = CompactGen.rule(gen, gen.pick("notice", "consultation", "feedback",
              "term", "cost", "recurrence", "advance", "within"), 0);
          List<String> required = gen.list(1, 3, gen::slug);
          Rule rule = RuleTags.withOnlyWhen(plain, required);
          Compact compact = Compact.builder().from(CompactGen.compact(gen))
              .rules(List.of(rule)).build();
          PreparedCompact prepared = RuleEvaluator.create().withCalendar(ANY_YEAR)
              .prepare(compact);
          Event event = EventGen.forRule(gen, plain);
          Set<String> tags = new LinkedHashSet<>(event.getTags());
          tags.removeAll(rule.getOnlyWhen());
          event = RuleTags.withTags(event, tags);
          LocalDate asOf = EventGen.day(gen);
          Finding before = prepared.check(event, asOf).get(0);
          assertThat(before.getOutcome()).isEqualTo(Outcome.NOT_APPLICABLE);
          assertThat(before.getReason()).contains("'" + rule.getOnlyWhen().iterator().next()
              + "'");
          List<String> toAdd = new ArrayList<>(gen.list(0, 3, gen::slug));
          toAdd.addAll(rule.getOnlyWhen());
          for (String tag : toAdd) {
            tags.add(tag);
            Event tagged = RuleTags.withTags(event, tags);
            Finding after = prepared.check(tagged, asOf).get(0);
            if (tags.containsAll(rule.getOnlyWhen())) {
              Assessment own = plain.evaluate(tagged, RuleContext.of(asOf, ANY_YEAR));
              assertThat(after.getOutcome()).isEqualTo(own.outcome());
              assertThat(after.getReason()).isEqualTo(own.reason());
              assertThat(after.getDue()).isEqualTo(own.due());
            } else {
              assertThat(after.getOutcome()).isEqualTo(Outcome.NOT_APPLICABLE);
              Set<String> missing = new LinkedHashSet<>(rule.getOnlyWhen());
              missing.removeAll(tags);
              assertThat(after.getReason()).contains(missing.stream().map(t -> "'" + t + "'")
                  .collect(Collectors.toList()));
            }
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> aNoticeRuleThatRequiresNothingIsDecidedByTimingAlone() {
    return Property.forAll("a minimum-notice rule with an empty requires behaves as before:"
        + " the three notice facts change nothing, and requires never changes a timing that is"
        + " not met", gen -> {
          MinimumNoticeRule rule = ((MinimumNoticeRule) CompactGen.rule(gen, "notice", 0))
              .withRequires(List.of());
          FundingChange change = (FundingChange) EventGen.forRule(gen, rule);
          RuleContext context = RuleContext.of(EventGen.day(gen));
          Assessment bare = rule.evaluate(change.withNoticeInWriting(Optional.empty())
              .withReasonsGiven(Optional.empty()).withResponseInvited(Optional.empty()), context);
          assertThat(rule.evaluate(change, context)).isEqualTo(bare);
          assertThat(rule.evaluate(change.withNoticeInWriting(gen.bool())
              .withReasonsGiven(gen.bool()).withResponseInvited(gen.bool()), context))
              .isEqualTo(bare);
          MinimumNoticeRule requiring = rule.withRequires(gen.subset(NoticeElement.class, 1));
          Assessment required = requiring.evaluate(change, context);
          if (bare.outcome() != Outcome.MET) {
            assertThat(required).isEqualTo(bare);
          } else {
            assertThat(required.due()).isEqualTo(bare.due());
            assertThat(required.reason()).startsWith(bare.reason().substring(0,
                bare.reason().length() - 1));
            FundingChange complete = change.withNoticeInWriting(true).withReasonsGiven(true)
                .withResponseInvited(true);
            assertThat(requiring.evaluate(complete, context).outcome()).isEqualTo(Outcome.MET);
          }
        });
  }
}
