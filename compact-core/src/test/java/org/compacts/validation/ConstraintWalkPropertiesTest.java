package org.compacts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.compacts.testkit.CompactGen;
import org.compacts.testkit.Defect;
import org.compacts.testkit.EventGen;
import org.compacts.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The library's constraint walk and Hibernate Validator agree, valid value or not. */
class ConstraintWalkPropertiesTest {
  @TestFactory
  Stream<DynamicTest> theWalkAgreesWithHibernateValidatorOnCompacts() {
    return Property.forAll("the walk finds what Hibernate Validator finds in a compact", gen -> {
      Compact compact = gen.bool() ? CompactGen.compact(gen) : CompactGen.fullCompact(gen);
      for (int i = gen.between(0, 3); i > 0; i--) {
        compact = gen.pick(Defect.class).inject(compact).compact();
      }
      assertThat(ConstraintChecks.check(compact))
          .containsExactlyInAnyOrderElementsOf(ConstraintChecks.hibernate(compact));
    });
  }

  @TestFactory
  Stream<DynamicTest> theWalkAgreesWithHibernateValidatorOnEvents() {
    return Property.forAll("the walk finds what Hibernate Validator finds in an event", gen -> {
      Event event = EventGen.event(gen);
      assertThat(ConstraintChecks.check(event))
          .containsExactlyInAnyOrderElementsOf(ConstraintChecks.hibernate(event));
    });
  }
}
