package org.compacts.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.compacts.json.CompactJson;
import org.compacts.model.Compact;
import org.compacts.rules.Event;
import org.compacts.rules.Finding;
import org.compacts.rules.Outcome;
import org.compacts.rules.RuleEvaluator;
import org.compacts.samples.SampleCompacts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application and uses the library through its beans. */
class ConsumerApplicationTest {
  @Test
  void readsValidatesAndChecksASample() throws Exception {
    try (ConfigurableApplicationContext context =
        SpringApplication.run(ConsumerApplication.class)) {
      CompactJson json = context.getBean(CompactJson.class);
      Validator validator = context.getBean(Validator.class);   // Boot's own

      String document = SampleCompacts.canonicalJson("leicestershire-compact").orElseThrow();
      Compact compact = json.mapper().readValue(document, Compact.class);
      assertEquals("leicestershire-compact", compact.getId());
      assertEquals(SampleCompacts.leicestershire(), compact);

      assertTrue(validator.validate(compact).isEmpty(), "the sample is valid");
      Set<ConstraintViolation<Compact>> blank = validator.validate(compact.withTitle(" "));
      assertEquals(1, blank.size());
      assertEquals("title", blank.iterator().next().getPropertyPath().toString());

      Event ending = json.readEvent("{\"type\": \"funding-change\", \"change\": \"cessation\","
          + " \"arrangement\": \"grant\", \"decidedBy\": \"public\","
          + " \"affects\": [\"voluntary-community\"], \"noticeGivenOn\": \"2025-01-02\","
          + " \"takesEffectOn\": \"2025-03-31\"}");
      List<Finding> findings =
          RuleEvaluator.create().check(compact, ending, LocalDate.of(2025, 1, 6));
      assertFalse(findings.isEmpty());
      Finding notice = findings.get(0);
      assertEquals(Outcome.NOT_MET, notice.getOutcome());
      assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), notice.getDue());
      assertTrue(json.writeFindings(findings).contains("\"outcome\" : \"not-met\"")
          || json.writeFindings(findings).contains("\"outcome\": \"not-met\""));
    }
  }
}
