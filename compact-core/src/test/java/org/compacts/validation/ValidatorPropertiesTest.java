package org.compacts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.compacts.model.Compact;
import org.compacts.testkit.CompactGen;
import org.compacts.testkit.Defect;
import org.compacts.testkit.Gen;
import org.compacts.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class ValidatorPropertiesTest {
  private final CompactValidator validator = CompactValidator.create();

  @TestFactory
  Stream<DynamicTest> generatedCompactsAreValid() {
    return Property.forAll("a generated compact has no violations", gen -> {
      Compact compact = CompactGen.compact(gen);
      assertThat(validator.validate(compact)).isEmpty();
    });
  }

  @TestFactory
  Stream<DynamicTest> fullyGeneratedCompactsUseEveryElementAndAreValid() {
    return Property.forAll("a full generated compact uses every element and is valid", gen -> {
      Compact c = CompactGen.fullCompact(gen);
      assertThat(List.of(c.getLegalStanding(), c.getVision(), c.getPurpose(), c.getObjectives(),
          c.getSectorDefinitions(), c.getSections(), c.getParties(), c.getSignatories(),
          c.getPrinciples(), c.getUndertakings(), c.getCodesOfPractice(),
          c.getRelatedDocuments())).allSatisfy(list -> assertThat(list).isNotEmpty());
      assertThat(c.getRules()).extracting(r -> r.kind()).contains("minimum-notice",
          "minimum-consultation", "consultation-feedback", "minimum-term",
          "full-cost-recovery", "stage-time-limit", "recurrence");
      assertThat(c.getForeword()).isPresent();
      assertThat(c.getResolution()).isPresent();
      assertThat(c.getGovernance()).isPresent();
      assertThat(c.getCommitmentForm()).isPresent();
      assertThat(validator.validate(c)).isEmpty();
    });
  }

  @TestFactory
  Stream<DynamicTest> oneInjectedDefectGivesExactlyOneViolationNamingIt() {
    return Property.forAll("one injected defect gives exactly one violation", gen -> {
      Defect defect = gen.pick(Defect.class);
      Compact valid = gen.bool() ? CompactGen.compact(gen) : CompactGen.fullCompact(gen);
      Defect.Injected injected = defect.inject(valid);
      assertThat(validator.validate(injected.compact()))
          .as("violations of %s", defect)
          .singleElement()
          .satisfies(v -> {
            assertThat(v.getCode()).isEqualTo(injected.code());
            assertThat(v.getPath()).isEqualTo(injected.path());
          });
    });
  }

  @TestFactory
  Stream<DynamicTest> theGeneratorIsDeterministicPerSeed() {
    return Property.forAll("the same seed gives the same compact", gen -> {
      long seed = gen.seed();
      assertThat(CompactGen.compact(Gen.seeded(seed)))
          .isEqualTo(CompactGen.compact(Gen.seeded(seed)));
    });
  }

  @TestFactory
  Stream<DynamicTest> everyDefectKindIsDetected() {
    return Arrays.stream(Defect.values()).map(defect -> DynamicTest.dynamicTest(
        defect.name(), () -> {
          Defect.Injected injected = defect.inject(CompactGen.fullCompact(Gen.seeded(1)));
          assertThat(validator.validate(injected.compact())).extracting(Violation::getCode)
              .containsExactly(injected.code());
        }));
  }
}
