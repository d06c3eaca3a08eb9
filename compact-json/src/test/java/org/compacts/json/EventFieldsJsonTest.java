package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.Consultation;
import org.compacts.rules.Event;
import org.compacts.rules.FundingAward;
import org.compacts.rules.FundingChange;
import org.compacts.rules.Payment;
import org.junit.jupiter.api.Test;

/**
 * The fields every event may carry (id, tags), those of the funding events (funder,
 * recipient, amounts and currency), the payment event, and empty sets as values.
 */
class EventFieldsJsonTest {
  private final CompactJson json = CompactJson.create();

  private static final String AWARD = "{\"type\": \"funding-award\", \"id\": \"360G-ex-0001\","
      + " \"tags\": [\"capital\", \"major-service-change\"], \"arrangement\": \"grant\","
      + " \"awardedBy\": \"public\", \"recipientSector\": \"voluntary-community\","
      + " \"funder\": \"GB-LAE-LEI\", \"recipient\": \"GB-CHC-1234567\","
      + " \"amountAwarded\": 12345678901234567.10, \"startsOn\": \"2025-04-01\"}";

  @Test
  void readsTheIdTagsAndPartiesOfAnAward() {
    FundingAward award = (FundingAward) json.readEvent(AWARD);
    assertThat(award.getId()).hasValue("360G-ex-0001");
    assertThat(award.getTags()).containsExactly("capital", "major-service-change");
    assertThat(award.getFunder()).hasValue("GB-LAE-LEI");
    assertThat(award.getRecipient()).hasValue("GB-CHC-1234567");
    assertThat(award.getEndsOn()).isEmpty();
  }

  @Test
  void readsAnAmountExactlyAndWritesItBackAsWritten() {
    FundingAward award = (FundingAward) json.readEvent(AWARD);
    // 17 significant digits before the point: a double would have lost the pence.
    assertThat(award.getAmountAwarded()).hasValue(new BigDecimal("12345678901234567.10"));
    assertThat(new BigDecimal(Double.toString(12345678901234567.10)))
        .isNotEqualTo(award.getAmountAwarded().orElseThrow());
    String written = json.writeEvent(award);
    assertThat(written).contains("\"amountAwarded\": 12345678901234567.10,");
    assertThat(json.readEvent(written)).isEqualTo(award);
    FundingAward tenth = (FundingAward) json.readEvent(AWARD.replace("12345678901234567.10",
        "0.1"));
    assertThat(tenth.getAmountAwarded()).hasValue(new BigDecimal("0.1"));
  }

  @Test
  void theCurrencyIsPoundsUnlessGiven() {
    FundingAward award = (FundingAward) json.readEvent(AWARD);
    assertThat(award.getCurrency()).isEqualTo("GBP");
    FundingAward euros = (FundingAward) json.readEvent(AWARD.replace("\"startsOn\"",
        "\"currency\": \"EUR\", \"startsOn\""));
    assertThat(euros.getCurrency()).isEqualTo("EUR");
    assertThat(json.readEvent(json.writeEvent(euros))).isEqualTo(euros);
  }

  @Test
  void refusesAmountsThatAreNotExactNumbersOfMoney() {
    assertThat(problem(AWARD.replace("12345678901234567.10", "\"2500.00\"")).getCode())
        .isEqualTo("wrong-type");
    JsonProblem huge = problem(AWARD.replace("12345678901234567.10", "1e999999"));
    assertThat(huge.getCode()).isEqualTo("out-of-range");
    assertThat(huge.getPointer()).isEqualTo("/amountAwarded");
    assertThat(problem(AWARD.replace("12345678901234567.10", "1e99999999999")).getCode())
        .isEqualTo("out-of-range");
    assertThat(problem(AWARD.replace("12345678901234567.10", "0.0000001")).getCode())
        .isEqualTo("out-of-range");
    JsonProblem negative = problem(AWARD.replace("12345678901234567.10", "-5"));
    assertThat(negative.getCode()).isEqualTo("negative");
    assertThat(negative.getPointer()).isEqualTo("/amountAwarded");
  }

  @Test
  void refusesABadCurrencyIdOrTag() {
    JsonProblem currency = problem(AWARD.replace("\"startsOn\"",
        "\"currency\": \"pounds\", \"startsOn\""));
    assertThat(currency.getPointer()).isEqualTo("/currency");
    assertThat(currency.getMessage()).contains("'pounds'", "ISO 4217");
    JsonProblem id = problem(AWARD.replace("360G-ex-0001", "x".repeat(201)));
    assertThat(id.getPointer()).isEqualTo("/id");
    assertThat(id.getMessage()).contains("at most 200 characters");
    assertThat(json.readEvent(AWARD.replace("360G-ex-0001", "é".repeat(200))).getId())
        .hasValue("é".repeat(200));
    assertThat(problem(AWARD.replace("\"capital\"", "\"Capital\"")).getCode())
        .isEqualTo("bad-slug");
    assertThat(problem(AWARD.replace("\"capital\"", "\"major-service-change\"")).getCode())
        .isEqualTo("duplicate-value");
  }

  @Test
  void emptySetsAreValues() {
    FundingChange change = (FundingChange) json.readEvent("{\"type\": \"funding-change\","
        + " \"change\": \"cessation\", \"arrangement\": \"grant\", \"decidedBy\": \"public\","
        + " \"affects\": [], \"takesEffectOn\": \"2025-03-31\", \"noticeInWriting\": true,"
        + " \"reasonsGiven\": false, \"responseInvited\": null}");
    assertThat(change.getAffects()).isEmpty();
    assertThat(change.getNoticeInWriting()).hasValue(true);
    assertThat(change.getReasonsGiven()).hasValue(false);
    assertThat(change.getResponseInvited()).isEmpty();
    assertThat(json.writeEvent(change)).contains("\"affects\": [],");
    assertThat(json.readEvent(json.writeEvent(change))).isEqualTo(change);
    Consultation consultation = (Consultation) json.readEvent("{\"type\": \"consultation\","
        + " \"by\": \"public\", \"significantEffectOn\": [], \"opensOn\": \"2025-01-06\","
        + " \"closesOn\": \"2025-02-06\", \"shorterPeriodReason\": \"Budget deadline.\","
        + " \"tags\": []}");
    assertThat(consultation.getSignificantEffectOn()).isEmpty();
    assertThat(consultation.getShorterPeriodReason()).hasValue("Budget deadline.");
    assertThat(consultation.getTags()).isEmpty();
  }

  @Test
  void readsThePaymentOfTheDesign() {
    Payment payment = (Payment) json.readEvent("{\"type\": \"payment\", \"id\":"
        + " \"inv-2025-0042\", \"arrangement\": \"grant\", \"paidBy\": \"public\","
        + " \"paidTo\": \"voluntary-community\", \"periodStartsOn\": \"2025-04-01\","
        + " \"invoiceReceivedOn\": null, \"agreedPaymentDate\": null, \"paidOn\": \"2025-03-28\","
        + " \"inArrearsByAgreement\": null}");
    assertThat(payment).isEqualTo(Payment.builder().id("inv-2025-0042")
        .arrangement(Arrangement.GRANT).paidBy(Sector.PUBLIC)
        .paidTo(Sector.VOLUNTARY_COMMUNITY).periodStartsOn(LocalDate.of(2025, 4, 1))
        .paidOn(LocalDate.of(2025, 3, 28)).build());
    assertThat(json.writeEvent(payment)).isEqualTo("{\n  \"type\": \"payment\",\n"
        + "  \"id\": \"inv-2025-0042\",\n  \"arrangement\": \"grant\",\n"
        + "  \"paidBy\": \"public\",\n  \"paidTo\": \"voluntary-community\",\n"
        + "  \"periodStartsOn\": \"2025-04-01\",\n  \"paidOn\": \"2025-03-28\"\n}\n");
    List<Event> both = json.readEvents("[" + json.writeEvent(payment) + ", " + AWARD + "]");
    assertThat(both).extracting(Event::type).containsExactly("payment", "funding-award");
  }

  private JsonProblem problem(String event) {
    CompactJsonException e = catchThrowableOfType(CompactJsonException.class,
        () -> json.readEvent(event));
    assertThat(e).as(event).isNotNull();
    return e.getProblems().get(0);
  }
}
