package org.compacts.testkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.Modality;
import org.compacts.rules.FieldValue;
import org.compacts.rules.Rule;
import org.compacts.rules.RuleCatalog;
import org.compacts.rules.UnknownRule;

/**
 * Generates rules of kinds the library does not know, as a newer version might write them:
 * fields of every JSON shape, numbers written every way JSON allows, text that needs escaping,
 * lists and objects nested a few levels.
 *
 * <pre>{@code
 * Compact newer = UnknownRuleGen.withUnknownRules(gen, CompactGen.compact(gen));
 * }</pre>
 */
public final class UnknownRuleGen {
  private static final String[] NUMBERS = {
    "0", "7", "-12", "20", "1.50", "0.000001", "1e3", "2.5E-7", "-0.0", "123456789012345678901",
    "3.14159265358979323846264338327950288", "1E+2"
  };
  private static final String[] TEXTS = {
    "invoice-received", "working-days", "Quote \"this\"", "back\\slash", "line\nbreak",
    "tab\there", "\u0001control", "Sandwell’s £1,000 – café", "\u2028separator", "", " "
  };
  private static final Set<String> RESERVED = Set.of("kind", "id", "modality", "source");

  private UnknownRuleGen() {}

  /**
   * Adds one to three rules of unknown kinds to a compact, at random places among its rules,
   * with ids no other rule has.
   *
   * @param gen the generator
   * @param compact a compact
   * @return the compact with the rules added
   */
  public static Compact withUnknownRules(Gen gen, Compact compact) {
    List<Rule> rules = new ArrayList<>(compact.getRules());
    Set<String> ids = new HashSet<>();
    rules.forEach(r -> ids.add(r.getId()));
    int n = gen.between(1, 3);
    for (int i = 0; i < n; i++) {
      String id = gen.slug();
      while (!ids.add(id)) {
        id = id + "-" + gen.between(0, 9);
      }
      rules.add(gen.between(0, rules.size()), rule(gen, id));
    }
    return compact.withRules(rules);
  }

  /**
   * Returns a rule of an unknown kind.
   *
   * @param gen the generator
   * @param id its id
   * @return the rule
   */
  public static UnknownRule rule(Gen gen, String id) {
    String kind = "future-" + gen.slug();
    while (RuleCatalog.standard().ruleKinds().containsKey(kind)) {
      kind = kind + "-x";
    }
    UnknownRule.Builder rule = UnknownRule.builder().kind(kind).id(id)
        .modality(gen.pick(Modality.class))
        .source(Citation.of(gen.text(2), gen.sentence()));
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    int count = gen.between(0, 5);
    for (int i = 0; i < count; i++) {
      String name = name(gen);
      if (!RESERVED.contains(name)) {
        fields.put(name, value(gen, 3));
      }
    }
    return rule.fields(fields).build();
  }

  /**
   * Returns a value of any shape, nested at most {@code depth} levels.
   *
   * @param gen the generator
   * @param depth how deep lists and objects may nest
   * @return the value
   */
  public static FieldValue value(Gen gen, int depth) {
    switch (gen.between(0, depth > 0 ? 6 : 3)) {
      case 0:
        return FieldValue.text(gen.chance(0.5) ? gen.pick(TEXTS) : gen.text(4));
      case 1:
        return FieldValue.number(gen.pick(NUMBERS));
      case 2:
        return FieldValue.bool(gen.bool());
      case 3:
        return FieldValue.nothing();
      case 4:
      case 5:
        return FieldValue.list(gen.list(0, 3, () -> value(gen, depth - 1)));
      default:
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        int count = gen.between(0, 3);
        for (int i = 0; i < count; i++) {
          fields.put(name(gen), value(gen, depth - 1));
        }
        return FieldValue.object(fields);
    }
  }

  private static String name(Gen gen) {
    return gen.pick("period", "from", "arrangements", "paidBy", "onlyWhen", "amount", "unit",
        "notes", "kind", "id", "x", "ünïcode", "with space", gen.slug());
  }
}
