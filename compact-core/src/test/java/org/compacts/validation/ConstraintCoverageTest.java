package org.compacts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.compacts.model.Citation;
import org.compacts.model.CodeOfPractice;
import org.compacts.model.CommitmentForm;
import org.compacts.model.Compact;
import org.compacts.model.Contact;
import org.compacts.model.ExternalBody;
import org.compacts.model.Fixtures;
import org.compacts.model.Foreword;
import org.compacts.model.Governance;
import org.compacts.model.GovernanceBody;
import org.compacts.model.GovernanceDuty;
import org.compacts.model.Modality;
import org.compacts.model.Objective;
import org.compacts.model.Party;
import org.compacts.model.Person;
import org.compacts.model.Principle;
import org.compacts.model.RelatedDocument;
import org.compacts.model.ResolutionProcedure;
import org.compacts.model.Section;
import org.compacts.model.Seat;
import org.compacts.model.Sector;
import org.compacts.model.SectorDefinition;
import org.compacts.model.Signatory;
import org.compacts.model.Stage;
import org.compacts.model.Undertaking;
import org.compacts.model.YearRange;
import org.compacts.rules.Arrangement;
import org.compacts.rules.ChangeKind;
import org.compacts.rules.Consultation;
import org.compacts.rules.ConsultationFeedbackRule;
import org.compacts.rules.DisputeStep;
import org.compacts.rules.Event;
import org.compacts.rules.FullCostRecoveryRule;
import org.compacts.rules.FundingAward;
import org.compacts.rules.FundingChange;
import org.compacts.rules.GovernanceRecord;
import org.compacts.rules.MinimumConsultationRule;
import org.compacts.rules.MinimumNoticeRule;
import org.compacts.rules.MinimumTermRule;
import org.compacts.rules.Payment;
import org.compacts.rules.PaymentBasis;
import org.compacts.rules.PaymentInAdvanceRule;
import org.compacts.rules.PaymentWithinRule;
import org.compacts.rules.RecurrenceRule;
import org.compacts.rules.Rule;
import org.compacts.rules.RuleCatalog;
import org.compacts.rules.StageTimeLimitRule;
import org.compacts.rules.UnknownRule;
import org.compacts.testkit.RuleTags;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every constraint annotation on the model fires, through the library's validator and through
 * a plain default Jakarta {@code Validator} that an application builds itself. A constraint
 * added to the model without a case here fails {@link #everyConstraintOnTheModelHasACase}.
 */
class ConstraintCoverageTest {
  private static final String BAD_ID = "Not A Slug";
  private static ValidatorFactory plainFactory;
  private static Validator plain;

  /** A compact or event that breaks one constraint, and where. */
  private record Case(String site, Class<? extends Annotation> constraint, String path,
      Object value) {}

  private static final Map<String, Case> CASES = new LinkedHashMap<>();

  @BeforeAll
  static void buildPlainValidator() {
    plainFactory = Validation.buildDefaultValidatorFactory();
    plain = plainFactory.getValidator();
  }

  @AfterAll
  static void closePlainValidator() {
    plainFactory.close();
  }

  private static void compact(String site, Class<? extends Annotation> constraint, String path,
      UnaryOperator<Compact> breakIt) {
    CASES.put(site + "@" + constraint.getSimpleName(),
        new Case(site, constraint, path, breakIt.apply(Fixtures.fullCompact())));
  }

  private static void event(String site, Class<? extends Annotation> constraint, String path,
      Event event) {
    CASES.put(site + "@" + constraint.getSimpleName(), new Case(site, constraint, path, event));
  }

  private static <T> List<T> first(List<T> list, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(list);
    copy.set(0, change.apply(copy.get(0)));
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static <R extends Rule> Compact rule(Compact c, int index, Function<R, Rule> change) {
    List<Rule> rules = new ArrayList<>(c.getRules());
    rules.set(index, change.apply((R) rules.get(index)));
    return c.withRules(rules);
  }

  private static Compact withRule(Compact c, Rule rule) {
    List<Rule> rules = new ArrayList<>(c.getRules());
    rules.add(rule);
    return c.withRules(rules);
  }

  private static Compact resolution(Compact c, UnaryOperator<ResolutionProcedure> change) {
    return c.withResolution(change.apply(c.getResolution().orElseThrow()));
  }

  private static Compact stage(Compact c, UnaryOperator<Stage> change) {
    return resolution(c, r -> r.withStages(first(r.getStages(), change)));
  }

  private static Compact contact(Compact c, UnaryOperator<Contact> change) {
    return resolution(c, r -> r.withExternalBodies(first(r.getExternalBodies(),
        b -> b.withContact(change.apply(b.getContact())))));
  }

  static {
    compact("Compact.id", Pattern.class, "id", c -> c.withId(BAD_ID));
    compact("Compact.title", NotBlank.class, "title", c -> c.withTitle(" "));
    compact("Compact.area", NotBlank.class, "area", c -> c.withArea(""));
    compact("Citation.clause", NotBlank.class, "legalStanding[0].clause",
        c -> c.withLegalStanding(Citation.of(" ", "text")));
    compact("Citation.text", NotBlank.class, "vision[0].text",
        c -> c.withVision(Citation.of("2", "\n")));
    compact("YearRange.firstYear", Min.class, "period.firstYear",
        c -> c.withPeriod(YearRange.of(1899, 1900)).withDatedOn(java.util.Optional.empty()));
    compact("YearRange.firstYear", Max.class, "period.firstYear",
        c -> c.withPeriod(YearRange.of(3000, 3000)).withDatedOn(java.util.Optional.empty()));
    compact("YearRange.lastYear", Min.class, "period.lastYear",
        c -> c.withPeriod(YearRange.of(1900, 1899)).withDatedOn(java.util.Optional.empty()));
    compact("YearRange.lastYear", Max.class, "period.lastYear",
        c -> c.withPeriod(YearRange.of(2025, 3000)));
    compact("Person.name", NotBlank.class, "foreword.authors[0].name",
        c -> c.withForeword(foreword(c, p -> p.withName(" "))));
    compact("Person.position", Pattern.class, "foreword.authors[0].position",
        c -> c.withForeword(foreword(c, p -> p.withPosition(" "))));
    compact("Person.organisation", Pattern.class, "foreword.authors[0].organisation",
        c -> c.withForeword(foreword(c, p -> p.withOrganisation("\t"))));
    compact("Party.id", Pattern.class, "parties[1].id",
        c -> c.withParties(c.getParties().get(0), c.getParties().get(1).withId(BAD_ID)));
    compact("Party.name", NotBlank.class, "parties[0].name",
        c -> c.withParties(first(c.getParties(), p -> p.withName(""))));
    compact("Signatory.id", Pattern.class, "signatories[0].id",
        c -> c.withSignatories(first(c.getSignatories(), s -> s.withId(BAD_ID))));
    compact("Signatory.name", NotBlank.class, "signatories[0].name",
        c -> c.withSignatories(first(c.getSignatories(), s -> s.withName(" "))));
    compact("Signatory.position", NotBlank.class, "signatories[0].position",
        c -> c.withSignatories(first(c.getSignatories(), s -> s.withPosition(" "))));
    compact("Signatory.party", Pattern.class, "signatories[0].party",
        c -> c.withSignatories(first(c.getSignatories(), s -> s.withParty(BAD_ID))));
    compact("Objective.id", Pattern.class, "objectives[0].id",
        c -> c.withObjectives(first(c.getObjectives(), o -> o.withId(BAD_ID))));
    compact("Objective.label", Pattern.class, "objectives[0].label",
        c -> c.withObjectives(first(c.getObjectives(), o -> o.withLabel(" "))));
    compact("Objective.title", NotBlank.class, "objectives[0].title",
        c -> c.withObjectives(first(c.getObjectives(), o -> o.withTitle(" "))));
    compact("Section.id", Pattern.class, "sections[0].id",
        c -> c.withSections(first(c.getSections(), s -> s.withId(BAD_ID))));
    compact("Section.heading", NotBlank.class, "sections[0].heading",
        c -> c.withSections(first(c.getSections(), s -> s.withHeading(" "))));
    compact("Principle.id", Pattern.class, "principles[0].id",
        c -> c.withPrinciples(first(c.getPrinciples(), p -> p.withId(BAD_ID))));
    compact("Principle.title", Pattern.class, "principles[0].title",
        c -> c.withPrinciples(first(c.getPrinciples(), p -> p.withTitle(" "))));
    compact("Principle.objective", Pattern.class, "principles[0].objective",
        c -> c.withPrinciples(first(c.getPrinciples(), p -> p.withObjective(BAD_ID))));
    compact("Undertaking.id", Pattern.class, "undertakings[0].id",
        c -> c.withUndertakings(first(c.getUndertakings(), u -> u.withId(BAD_ID))));
    compact("Undertaking.party", Pattern.class, "undertakings[0].party",
        c -> c.withUndertakings(first(c.getUndertakings(), u -> u.withParty(BAD_ID))));
    compact("Undertaking.objective", Pattern.class, "undertakings[0].objective",
        c -> c.withUndertakings(first(c.getUndertakings(), u -> u.withObjective(BAD_ID))));
    compact("Undertaking.codesOfPractice", Pattern.class, "undertakings[0].codesOfPractice[0]",
        c -> c.withUndertakings(first(c.getUndertakings(), u -> u.withCodesOfPractice(BAD_ID))));
    compact("CodeOfPractice.id", Pattern.class, "codesOfPractice[0].id",
        c -> c.withCodesOfPractice(first(c.getCodesOfPractice(), k -> k.withId(BAD_ID))));
    compact("CodeOfPractice.topic", NotBlank.class, "codesOfPractice[0].topic",
        c -> c.withCodesOfPractice(first(c.getCodesOfPractice(), k -> k.withTopic(" "))));
    compact("Contact.attention", Pattern.class,
        "resolution.externalBodies[0].contact.attention", c -> contact(c, k -> k.withAttention(" ")));
    compact("Contact.address", NotBlank.class,
        "resolution.externalBodies[0].contact.address[1]",
        c -> contact(c, k -> k.withAddress("PO Box 4771", " ")));
    compact("Contact.telephone", Pattern.class,
        "resolution.externalBodies[0].contact.telephone", c -> contact(c, k -> k.withTelephone("")));
    compact("Contact.email", Email.class, "resolution.externalBodies[0].contact.email",
        c -> contact(c, k -> k.withEmail("advice at lgo.org.uk")));
    compact("Contact.email", Pattern.class, "resolution.externalBodies[0].contact.email",
        c -> contact(c, k -> k.withEmail(" ")));
    compact("Contact.website", Pattern.class, "resolution.externalBodies[0].contact.website",
        c -> contact(c, k -> k.withWebsite(" ")));
    compact("ExternalBody.id", Pattern.class, "resolution.externalBodies[0].id",
        c -> resolution(c, r -> r.withExternalBodies(first(r.getExternalBodies(),
            b -> b.withId(BAD_ID)))));
    compact("ExternalBody.name", NotBlank.class, "resolution.externalBodies[0].name",
        c -> resolution(c, r -> r.withExternalBodies(first(r.getExternalBodies(),
            b -> b.withName(" ")))));
    compact("Stage.number", Positive.class, "resolution.stages[0].number",
        c -> stage(c, s -> s.withNumber(0)));
    compact("Stage.name", Pattern.class, "resolution.stages[0].name",
        c -> stage(c, s -> s.withName(" ")));
    compact("Stage.actions", NotBlank.class, "resolution.stages[0].actions[0]",
        c -> stage(c, s -> s.withActions(" ")));
    compact("Stage.thirdParties", NotBlank.class, "resolution.stages[0].thirdParties[0]",
        c -> stage(c, s -> s.withThirdParties("")));
    compact("Stage.escalation", Pattern.class, "resolution.stages[0].escalation",
        c -> stage(c, s -> s.withEscalation(" ")));
    compact("GovernanceDuty.id", Pattern.class, "governance.duties[0].id",
        c -> c.withGovernance(governance(c, d -> d.withId(BAD_ID))));
    compact("GovernanceDuty.activity", Pattern.class, "governance.duties[0].activity",
        c -> c.withGovernance(governance(c, d -> d.withActivity(BAD_ID))));
    compact("GovernanceBody.id", Pattern.class, "governance.bodies[0].id",
        c -> c.withGovernance(body(c, b -> b.withId(BAD_ID))));
    compact("GovernanceBody.name", NotBlank.class, "governance.bodies[0].name",
        c -> c.withGovernance(body(c, b -> b.withName(" "))));
    compact("GovernanceBody.members", Positive.class, "governance.bodies[0].members",
        c -> c.withGovernance(body(c, b -> b.withMembers(0).withSeats())));
    compact("Seat.count", Positive.class, "governance.bodies[0].seats[0].count",
        c -> c.withGovernance(body(c, b -> b.withSeats(first(b.getSeats(),
            s -> s.withCount(0))))));
    compact("Seat.role", Pattern.class, "governance.bodies[0].seats[2].role",
        c -> c.withGovernance(body(c, b -> b.withSeats(b.getSeats().get(0),
            b.getSeats().get(1), b.getSeats().get(2).withRole(" ")))));
    compact("Governance.overseenBy", Pattern.class, "governance.overseenBy",
        c -> c.withGovernance(c.getGovernance().orElseThrow().withOverseenBy(" ")));
    compact("CommitmentForm.title", Pattern.class, "commitmentForm.title",
        c -> c.withCommitmentForm(c.getCommitmentForm().orElseThrow().withTitle(" ")));
    compact("CommitmentForm.fields", NotBlank.class, "commitmentForm.fields[1]",
        c -> c.withCommitmentForm(c.getCommitmentForm().orElseThrow().withFields("Name", "")));
    compact("RelatedDocument.id", Pattern.class, "relatedDocuments[0].id",
        c -> c.withRelatedDocuments(first(c.getRelatedDocuments(), d -> d.withId(BAD_ID))));
    compact("RelatedDocument.title", NotBlank.class, "relatedDocuments[0].title",
        c -> c.withRelatedDocuments(first(c.getRelatedDocuments(), d -> d.withTitle(" "))));
    compact("RelatedDocument.relation", NotBlank.class, "relatedDocuments[0].relation",
        c -> c.withRelatedDocuments(first(c.getRelatedDocuments(), d -> d.withRelation(" "))));
    compact("RelatedDocument.location", Pattern.class, "relatedDocuments[0].location",
        c -> c.withRelatedDocuments(first(c.getRelatedDocuments(), d -> d.withLocation(" "))));
    compact("TimeSpan.amount", Positive.class, "resolution.stages[1].timeLimit.amount",
        c -> resolution(c, r -> r.withStages(r.getStages().get(0),
            r.getStages().get(1).withTimeLimit(TimeSpan.of(-21, r.getStages().get(1)
                .getTimeLimit().orElseThrow().getUnit())))));
    compact("MinimumNoticeRule.id", Pattern.class, "rules[0].id",
        c -> rule(c, 0, (MinimumNoticeRule r) -> r.withId(BAD_ID)));
    compact("MinimumNoticeRule.changes", NotEmpty.class, "rules[0].changes",
        c -> rule(c, 0, (MinimumNoticeRule r) -> r.withChanges(Set.of())));
    compact("MinimumNoticeRule.arrangements", NotEmpty.class, "rules[0].arrangements",
        c -> rule(c, 0, (MinimumNoticeRule r) -> r.withArrangements(Set.of())));
    compact("MinimumConsultationRule.id", Pattern.class, "rules[1].id",
        c -> rule(c, 1, (MinimumConsultationRule r) -> r.withId(BAD_ID)));
    compact("MinimumConsultationRule.affecting", NotEmpty.class, "rules[1].affecting",
        c -> rule(c, 1, (MinimumConsultationRule r) -> r.withAffecting(Set.of())));
    compact("ConsultationFeedbackRule.id", Pattern.class, "rules[2].id",
        c -> rule(c, 2, (ConsultationFeedbackRule r) -> r.withId(BAD_ID)));
    compact("ConsultationFeedbackRule.affecting", NotEmpty.class, "rules[2].affecting",
        c -> rule(c, 2, (ConsultationFeedbackRule r) -> r.withAffecting(Set.of())));
    compact("MinimumTermRule.id", Pattern.class, "rules[3].id",
        c -> rule(c, 3, (MinimumTermRule r) -> r.withId(BAD_ID)));
    compact("MinimumTermRule.arrangements", NotEmpty.class, "rules[3].arrangements",
        c -> rule(c, 3, (MinimumTermRule r) -> r.withArrangements(Set.of())));
    compact("FullCostRecoveryRule.id", Pattern.class, "rules[4].id",
        c -> rule(c, 4, (FullCostRecoveryRule r) -> r.withId(BAD_ID)));
    compact("FullCostRecoveryRule.arrangements", NotEmpty.class, "rules[4].arrangements",
        c -> rule(c, 4, (FullCostRecoveryRule r) -> r.withArrangements(Set.of())));
    compact("StageTimeLimitRule.id", Pattern.class, "rules[5].id",
        c -> rule(c, 5, (StageTimeLimitRule r) -> r.withId(BAD_ID)));
    compact("StageTimeLimitRule.stage", Positive.class, "rules[5].stage",
        c -> rule(c, 5, (StageTimeLimitRule r) -> r.withStage(-1)));
    compact("RecurrenceRule.id", Pattern.class, "rules[6].id",
        c -> rule(c, 6, (RecurrenceRule r) -> r.withId(BAD_ID)));
    compact("RecurrenceRule.activity", Pattern.class, "rules[6].activity",
        c -> rule(c, 6, (RecurrenceRule r) -> r.withActivity("Compact meeting")));
    compact("UnknownRule.kind", Pattern.class, "rules[7].kind",
        c -> c.withRules(plus(c.getRules(), unknown().withKind("Future Kind"))));
    compact("UnknownRule.id", Pattern.class, "rules[7].id",
        c -> c.withRules(plus(c.getRules(), unknown().withId(BAD_ID))));
    String[] kinds = {"MinimumNoticeRule", "MinimumConsultationRule", "ConsultationFeedbackRule",
        "MinimumTermRule", "FullCostRecoveryRule", "StageTimeLimitRule", "RecurrenceRule"};
    for (int i = 0; i < kinds.length; i++) {
      int index = i;
      compact(kinds[i] + ".onlyWhen", Pattern.class, "rules[" + i + "].onlyWhen",
          c -> rule(c, index, (Rule r) -> RuleTags.withOnlyWhen(r, List.of(BAD_ID))));
    }
    PaymentInAdvanceRule inAdvance = PaymentInAdvanceRule.builder().id("in-advance")
        .modality(Modality.SHOULD).addArrangements(Arrangement.GRANT).paidBy(Sector.PUBLIC)
        .paidTo(Sector.VOLUNTARY_COMMUNITY).source(Citation.of("6", "In advance.")).build();
    PaymentWithinRule within = PaymentWithinRule.builder().id("within-30-days")
        .modality(Modality.WILL).period(TimeSpan.of(30, TimeSpanUnit.DAYS))
        .countsFrom(PaymentBasis.INVOICE_RECEIVED).addArrangements(Arrangement.CONTRACT)
        .paidBy(Sector.PUBLIC).paidTo(Sector.VOLUNTARY_COMMUNITY)
        .source(Citation.of("7", "Within 30 days.")).build();
    compact("PaymentInAdvanceRule.id", Pattern.class, "rules[7].id",
        c -> withRule(c, inAdvance.withId(BAD_ID)));
    compact("PaymentInAdvanceRule.arrangements", NotEmpty.class, "rules[7].arrangements",
        c -> withRule(c, inAdvance.withArrangements(Set.of())));
    compact("PaymentInAdvanceRule.onlyWhen", Pattern.class, "rules[7].onlyWhen",
        c -> withRule(c, inAdvance.withOnlyWhen(BAD_ID)));
    compact("PaymentWithinRule.id", Pattern.class, "rules[7].id",
        c -> withRule(c, within.withId(BAD_ID)));
    compact("PaymentWithinRule.arrangements", NotEmpty.class, "rules[7].arrangements",
        c -> withRule(c, within.withArrangements(Set.of())));
    compact("PaymentWithinRule.onlyWhen", Pattern.class, "rules[7].onlyWhen",
        c -> withRule(c, within.withOnlyWhen(BAD_ID)));
    LocalDate day = LocalDate.of(2025, 3, 1);
    FundingChange change = FundingChange.builder().change(ChangeKind.CHANGE)
        .arrangement(Arrangement.GRANT).decidedBy(Sector.PUBLIC).takesEffectOn(day).build();
    Consultation consultation = Consultation.builder().by(Sector.PUBLIC).opensOn(day)
        .closesOn(day.plusWeeks(12)).build();
    FundingAward award = FundingAward.builder().arrangement(Arrangement.GRANT)
        .awardedBy(Sector.PUBLIC).recipientSector(Sector.VOLUNTARY_COMMUNITY).startsOn(day)
        .build();
    DisputeStep step = DisputeStep.builder().stage(1).startedOn(day).build();
    GovernanceRecord record = GovernanceRecord.builder().activity("compact-meeting")
        .periodFrom(day).periodTo(day.plusYears(1)).build();
    Payment payment = Payment.builder().arrangement(Arrangement.GRANT).paidBy(Sector.PUBLIC)
        .paidTo(Sector.VOLUNTARY_COMMUNITY).build();
    String longId = "x".repeat(Event.MAX_ID_LENGTH + 1);
    event("FundingChange.id", Pattern.class, "id", change.withId(" "));
    event("FundingChange.tags", Pattern.class, "tags", change.withTags(BAD_ID));
    event("FundingChange.funder", Pattern.class, "funder", change.withFunder(" "));
    event("FundingChange.recipient", Pattern.class, "recipient", change.withRecipient("\t"));
    event("Consultation.id", Pattern.class, "id", consultation.withId(longId));
    event("Consultation.tags", Pattern.class, "tags", consultation.withTags(BAD_ID));
    event("FundingAward.id", Pattern.class, "id", award.withId(""));
    event("FundingAward.tags", Pattern.class, "tags", award.withTags(BAD_ID));
    event("FundingAward.funder", Pattern.class, "funder", award.withFunder(""));
    event("FundingAward.recipient", Pattern.class, "recipient", award.withRecipient(" "));
    event("FundingAward.amountAwarded", PositiveOrZero.class, "amountAwarded",
        award.withAmountAwarded(new BigDecimal("-0.01")));
    event("FundingAward.currency", Pattern.class, "currency", award.withCurrency("gbp"));
    event("DisputeStep.id", Pattern.class, "id", step.withId("\n"));
    event("DisputeStep.tags", Pattern.class, "tags", step.withTags(BAD_ID));
    event("GovernanceRecord.id", Pattern.class, "id", record.withId(longId));
    event("GovernanceRecord.tags", Pattern.class, "tags", record.withTags(BAD_ID));
    event("Payment.id", Pattern.class, "id", payment.withId(" "));
    event("Payment.tags", Pattern.class, "tags", payment.withTags(BAD_ID));
    event("Payment.funder", Pattern.class, "funder", payment.withFunder(" "));
    event("Payment.recipient", Pattern.class, "recipient", payment.withRecipient(" "));
    event("DisputeStep.stage", Positive.class, "stage", step.withStage(0));
    event("GovernanceRecord.activity", Pattern.class, "activity",
        record.withActivity("Compact meeting"));
  }

  private static Foreword foreword(Compact c, UnaryOperator<Person> change) {
    Foreword f = c.getForeword().orElseThrow();
    return f.withAuthors(first(f.getAuthors(), change));
  }

  private static Governance governance(Compact c, UnaryOperator<GovernanceDuty> change) {
    Governance g = c.getGovernance().orElseThrow();
    return g.withDuties(first(g.getDuties(), change));
  }

  private static UnknownRule unknown() {
    return UnknownRule.builder().kind("future-kind").id("future-rule").modality(Modality.WILL)
        .source(Citation.of("1", "A rule of a newer version.")).build();
  }

  private static List<Rule> plus(List<Rule> rules, Rule rule) {
    List<Rule> more = new ArrayList<>(rules);
    more.add(rule);
    return more;
  }

  private static Governance body(Compact c, UnaryOperator<GovernanceBody> change) {
    Governance g = c.getGovernance().orElseThrow();
    return g.withBodies(first(g.getBodies(), change));
  }

  /** The value types whose constraints the cases must cover. */
  private static final List<Class<?>> MODEL = List.of(Compact.class, Citation.class,
      YearRange.class, Person.class, Foreword.class, Party.class, Signatory.class,
      Objective.class, SectorDefinition.class, Section.class, Principle.class,
      Undertaking.class, CodeOfPractice.class, Contact.class, ExternalBody.class, Stage.class,
      ResolutionProcedure.class, GovernanceDuty.class, GovernanceBody.class,
      Seat.class, Governance.class, CommitmentForm.class,
      RelatedDocument.class, TimeSpan.class, UnknownRule.class);

  @Test
  void everyConstraintOnTheModelHasACase() {
    Set<String> sites = new TreeSet<>();
    Stream.concat(Stream.concat(MODEL.stream(),
            RuleCatalog.standard().ruleKinds().values().stream()),
            RuleCatalog.standard().eventTypes().values().stream())
        .forEach(type -> sites.addAll(constraintSites(type)));
    assertThat(sites).hasSizeGreaterThan(60);
    assertThat(new TreeSet<>(CASES.keySet())).isEqualTo(sites);
  }

  @TestFactory
  Stream<DynamicTest> everyConstraintFiresThroughTheLibraryValidator() {
    CompactValidator validator = CompactValidator.create();
    return CASES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      Case c = e.getValue();
      List<Violation> violations = c.value() instanceof Compact
          ? validator.validate((Compact) c.value())
          : validator.validateEvent((Event) c.value());
      assertThat(violations).extracting(Violation::getPath).contains(c.path());
      assertThat(violations).filteredOn(v -> v.getPath().equals(c.path()))
          .extracting(Violation::getMessage)
          .allSatisfy(m -> assertThat(m).contains(c.path()));
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyConstraintFiresThroughAPlainDefaultValidator() {
    return CASES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      Case c = e.getValue();
      Set<ConstraintViolation<Object>> violations = plain.validate(c.value());
      assertThat(violations)
          .anySatisfy(v -> {
            assertThat(v.getConstraintDescriptor().getAnnotation().annotationType())
                .isEqualTo(c.constraint());
            assertThat(ConstraintChecks.path(v.getPropertyPath())).isEqualTo(c.path());
          });
    }));
  }

  @TestFactory
  Stream<DynamicTest> theLibraryWalkFindsWhatHibernateValidatorFinds() {
    return CASES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      Object value = e.getValue().value();
      List<Violation> walked = ConstraintChecks.check(value);
      assertThat(walked).isNotEmpty();
      assertThat(walked).containsExactlyInAnyOrderElementsOf(ConstraintChecks.hibernate(value));
    }));
  }

  @Test
  void noModelClassIsLeftToHibernateValidator() {
    List<Class<?>> delegated = Stream.concat(Stream.concat(MODEL.stream(),
            RuleCatalog.standard().ruleKinds().values().stream()),
            RuleCatalog.standard().eventTypes().values().stream())
        .filter(type -> BeanPlan.of(type).delegated)
        .collect(java.util.stream.Collectors.toList());
    assertThat(delegated).isEmpty();
  }

  /**
   * Every (type.property@Constraint) declared on a value type's getters: the abstract ones and
   * those with a default value.
   */
  private static Set<String> constraintSites(Class<?> generated) {
    Set<String> sites = new TreeSet<>();
    String typeName = generated.getSimpleName();
    for (Class<?> type = generated.getSuperclass(); type != null && type != Object.class;
        type = type.getSuperclass()) {
      for (Method m : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers()) || m.getParameterCount() != 0
            || !m.getName().matches("(get|is)[A-Z].*")) {
          continue;
        }
        String property = property(m.getName());
        List<Annotation> found = new ArrayList<>(Arrays.asList(m.getAnnotations()));
        AnnotatedType returned = m.getAnnotatedReturnType();
        if (returned instanceof AnnotatedParameterizedType) {
          for (AnnotatedType arg
              : ((AnnotatedParameterizedType) returned).getAnnotatedActualTypeArguments()) {
            found.addAll(Arrays.asList(arg.getAnnotations()));
          }
        }
        for (Annotation a : found) {
          if (a.annotationType().isAnnotationPresent(Constraint.class)) {
            sites.add(typeName + "." + property + "@" + a.annotationType().getSimpleName());
          }
        }
      }
    }
    return sites;
  }

  private static String property(String getter) {
    String bare = getter.startsWith("get") ? getter.substring(3) : getter.substring(2);
    return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
  }
}
