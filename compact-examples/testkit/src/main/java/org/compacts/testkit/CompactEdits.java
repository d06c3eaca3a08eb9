package org.compacts.testkit;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.CompactStatus;
import org.compacts.model.Governance;
import org.compacts.model.Modality;
import org.compacts.model.Principle;
import org.compacts.model.Qualifier;
import org.compacts.model.ResolutionProcedure;
import org.compacts.rules.Rule;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;

/**
 * Edits a compact the way a refresh does: a changed modality or period, a qualifier or
 * exemption more or less, elements added, removed or reordered, reworded text. Some edits
 * happen to change nothing (the same value drawn again), so that a property sees equal and
 * different pairs alike. The result need not be a valid compact.
 *
 * <pre>{@code
 * Compact before = CompactGen.compact(gen);
 * Compact after = CompactEdits.edit(before, gen);
 * }</pre>
 */
public final class CompactEdits {
  private CompactEdits() {}

  /** The compact after zero to four random edits. */
  public static Compact edit(Compact compact, Gen gen) {
    Compact c = compact;
    int n = gen.between(0, 4);
    for (int i = 0; i < n; i++) {
      c = one(c, gen);
    }
    return c;
  }

  private static Compact one(Compact c, Gen gen) {
    switch (gen.between(0, 13)) {
      case 0:
        return c.withUndertakings(change(c.getUndertakings(), gen,
            u -> u.withModality(gen.pick(Modality.class))));
      case 1:
        return c.withUndertakings(change(c.getUndertakings(), gen,
            u -> u.withQualifiers(gen.subset(Qualifier.class, 0))));
      case 2:
        return c.withPrinciples(change(c.getPrinciples(), gen,
            p -> p.withSource(Citation.of(p.getSource().getClause(), gen.sentence()))));
      case 3:
        return c.withPrinciples(shuffle(c.getPrinciples(), gen));
      case 4:
        return c.withRules(remove(c.getRules(), gen));
      case 5:
        return c.withRules(add(c.getRules(), gen, CompactGen.rule(gen,
            gen.pick("notice", "consultation", "feedback", "term", "cost", "recurrence"), 0)));
      case 6:
        return c.withRules(change(c.getRules(), gen, r -> withId(CompactGen.rule(gen,
            gen.pick("notice", "consultation", "term", "recurrence"), 0), r.getId())));
      case 7:
        return c.withParties(shuffle(c.getParties(), gen));
      case 8:
        return c.withTitle(gen.bool() ? c.getTitle() : gen.text(6));
      case 9:
        return c.withStatus(gen.pick(CompactStatus.class));
      case 10:
        return c.getResolution().map(r -> c.withResolution(r.withStages(change(r.getStages(), gen,
            s -> gen.bool() ? s.withTimeLimit(span(gen))
                : s.withTimeLimit(Optional.<TimeSpan>empty()))))).orElse(c);
      case 11:
        return c.getGovernance().map(g -> gen.bool() ? c.withGovernance(
            g.withDuties(remove(g.getDuties(), gen))) : Compact.builder().from(c)
            .governance(Optional.<Governance>empty()).build()).orElse(c);
      case 12:
        return c.withPrinciples(add(c.getPrinciples(), gen, Principle.builder()
            .id(gen.slug() + "-new").source(Citation.of("1", gen.sentence())).build()));
      default:
        return gen.bool() ? c.withResolution(Optional.<ResolutionProcedure>empty())
            : c.withSignatories(remove(c.getSignatories(), gen));
    }
  }

  /** A random span. */
  public static TimeSpan span(Gen gen) {
    return TimeSpan.of(gen.between(1, 36), gen.pick(TimeSpanUnit.class));
  }

  /** The list with one element (if any) replaced by its edit. */
  public static <T> List<T> change(List<T> list, Gen gen, UnaryOperator<T> edit) {
    if (list.isEmpty()) {
      return list;
    }
    List<T> out = new ArrayList<>(list);
    int i = gen.between(0, list.size() - 1);
    out.set(i, edit.apply(list.get(i)));
    return out;
  }

  /** The list in a random order. */
  public static <T> List<T> shuffle(List<T> list, Gen gen) {
    List<T> out = new ArrayList<>(list);
    for (int i = out.size() - 1; i > 0; i--) {
      int j = gen.between(0, i);
      T t = out.get(i);
      out.set(i, out.get(j));
      out.set(j, t);
    }
    return out;
  }

  private static <T> List<T> remove(List<T> list, Gen gen) {
    if (list.isEmpty()) {
      return list;
    }
    List<T> out = new ArrayList<>(list);
    out.remove(gen.between(0, list.size() - 1));
    return out;
  }

  private static <T> List<T> add(List<T> list, Gen gen, T element) {
    List<T> out = new ArrayList<>(list);
    out.add(gen.between(0, list.size()), element);
    return out;
  }

  /** A rule with another id: every rule kind's generated class has {@code withId}. */
  static Rule withId(Rule rule, String id) {
    try {
      return (Rule) rule.getClass().getMethod("withId", String.class).invoke(rule, id);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot give " + rule + " the id " + id, e);
    }
  }
}
