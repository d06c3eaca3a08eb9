package org.compacts.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compacts.model.Actor;
import org.compacts.model.BodyType;
import org.compacts.model.Citation;
import org.compacts.model.CodeInclusion;
import org.compacts.model.CodeOfPractice;
import org.compacts.model.CommitmentForm;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.Contact;
import org.compacts.model.DutyKind;
import org.compacts.model.ExternalBody;
import org.compacts.model.Foreword;
import org.compacts.model.Governance;
import org.compacts.model.GovernanceBody;
import org.compacts.model.GovernanceDuty;
import org.compacts.model.Modality;
import org.compacts.model.Objective;
import org.compacts.model.Party;
import org.compacts.model.Person;
import org.compacts.model.Principle;
import org.compacts.model.Qualifier;
import org.compacts.model.RelatedDocument;
import org.compacts.model.ResolutionProcedure;
import org.compacts.model.Seat;
import org.compacts.model.Section;
import org.compacts.model.Sector;
import org.compacts.model.SectorDefinition;
import org.compacts.model.Signatory;
import org.compacts.model.Stage;
import org.compacts.model.Undertaking;
import org.compacts.model.YearRange;
import org.compacts.rules.Rule;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import tools.jackson.databind.annotation.JsonAppend;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Mix-ins of the compact model: for each value type, its JSON properties in declaration order
 * (getters) and the builder methods that read them. Field names are the contract of the JSON
 * document; they equal the model's attribute names except where noted.
 */
final class ModelMixins {
  private ModelMixins() {}

  /** Every model mix-in, value type to mix-in. */
  static final Map<Class<?>, Class<?>> ALL = Map.ofEntries(
      Map.entry(Compact.class, CompactM.class),
      Map.entry(Compact.Builder.class, CompactB.class),
      Map.entry(Citation.class, CitationM.class),
      Map.entry(Citation.Builder.class, CitationB.class),
      Map.entry(YearRange.class, YearRangeM.class),
      Map.entry(YearRange.Builder.class, YearRangeB.class),
      Map.entry(TimeSpan.class, TimeSpanM.class),
      Map.entry(TimeSpan.Builder.class, TimeSpanB.class),
      Map.entry(Foreword.class, ForewordM.class),
      Map.entry(Foreword.Builder.class, ForewordB.class),
      Map.entry(Person.class, PersonM.class),
      Map.entry(Person.Builder.class, PersonB.class),
      Map.entry(Objective.class, ObjectiveM.class),
      Map.entry(Objective.Builder.class, ObjectiveB.class),
      Map.entry(SectorDefinition.class, SectorDefinitionM.class),
      Map.entry(SectorDefinition.Builder.class, SectorDefinitionB.class),
      Map.entry(Section.class, SectionM.class),
      Map.entry(Section.Builder.class, SectionB.class),
      Map.entry(Party.class, PartyM.class),
      Map.entry(Party.Builder.class, PartyB.class),
      Map.entry(Signatory.class, SignatoryM.class),
      Map.entry(Signatory.Builder.class, SignatoryB.class),
      Map.entry(Principle.class, PrincipleM.class),
      Map.entry(Principle.Builder.class, PrincipleB.class),
      Map.entry(Undertaking.class, UndertakingM.class),
      Map.entry(Undertaking.Builder.class, UndertakingB.class),
      Map.entry(CodeOfPractice.class, CodeOfPracticeM.class),
      Map.entry(CodeOfPractice.Builder.class, CodeOfPracticeB.class),
      Map.entry(ResolutionProcedure.class, ResolutionProcedureM.class),
      Map.entry(ResolutionProcedure.Builder.class, ResolutionProcedureB.class),
      Map.entry(Stage.class, StageM.class),
      Map.entry(Stage.Builder.class, StageB.class),
      Map.entry(ExternalBody.class, ExternalBodyM.class),
      Map.entry(ExternalBody.Builder.class, ExternalBodyB.class),
      Map.entry(Contact.class, ContactM.class),
      Map.entry(Contact.Builder.class, ContactB.class),
      Map.entry(Governance.class, GovernanceM.class),
      Map.entry(Governance.Builder.class, GovernanceB.class),
      Map.entry(GovernanceDuty.class, GovernanceDutyM.class),
      Map.entry(GovernanceDuty.Builder.class, GovernanceDutyB.class),
      Map.entry(GovernanceBody.class, GovernanceBodyM.class),
      Map.entry(GovernanceBody.Builder.class, GovernanceBodyB.class),
      Map.entry(Seat.class, SeatM.class),
      Map.entry(Seat.Builder.class, SeatB.class),
      Map.entry(CommitmentForm.class, CommitmentFormM.class),
      Map.entry(CommitmentForm.Builder.class, CommitmentFormB.class),
      Map.entry(RelatedDocument.class, RelatedDocumentM.class),
      Map.entry(RelatedDocument.Builder.class, RelatedDocumentB.class));

  // ---- Compact: the document. formatVersion is written first, then the fields. ----

  @JsonAppend(prepend = true, props = @JsonAppend.Prop(
      value = FormatVersion.Writer.class, name = FormatVersion.FIELD))
  @JsonPropertyOrder({"id", "title", "kind", "area", "status", "legalStanding", "datedOn",
      "period", "refreshedIn", "foreword", "vision", "purpose", "objectives",
      "sectorDefinitions", "sections", "parties", "signatories", "principles", "undertakings",
      "rules", "codesOfPractice", "resolution", "governance", "commitmentForm",
      "relatedDocuments"})
  @JsonDeserialize(builder = Compact.Builder.class)
  abstract static class CompactM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("title") abstract String getTitle();
    @JsonProperty("kind") abstract CompactKind getKind();
    @JsonProperty("area") abstract String getArea();
    @JsonProperty("status") abstract CompactStatus getStatus();
    @JsonProperty("legalStanding") @Many abstract List<Citation> getLegalStanding();
    @JsonProperty("datedOn") @JsonSerialize(contentUsing = Dates.IsoSerializer.class)
    abstract Optional<LocalDate> getDatedOn();
    @JsonProperty("period") abstract Optional<YearRange> getPeriod();
    @JsonProperty("refreshedIn") @JsonSerialize(contentUsing = Dates.IsoSerializer.class)
    abstract Optional<YearMonth> getRefreshedIn();
    @JsonProperty("foreword") abstract Optional<Foreword> getForeword();
    @JsonProperty("vision") @Many abstract List<Citation> getVision();
    @JsonProperty("purpose") @Many abstract List<Citation> getPurpose();
    @JsonProperty("objectives") @Many abstract List<Objective> getObjectives();
    @JsonProperty("sectorDefinitions") @Many abstract List<SectorDefinition> getSectorDefinitions();
    @JsonProperty("sections") @Many abstract List<Section> getSections();
    @JsonProperty("parties") @Many abstract List<Party> getParties();
    @JsonProperty("signatories") @Many abstract List<Signatory> getSignatories();
    @JsonProperty("principles") @Many abstract List<Principle> getPrinciples();
    @JsonProperty("undertakings") @Many abstract List<Undertaking> getUndertakings();
    @JsonProperty("rules") @Many abstract List<Rule> getRules();
    @JsonProperty("codesOfPractice") @Many abstract List<CodeOfPractice> getCodesOfPractice();
    @JsonProperty("resolution") abstract Optional<ResolutionProcedure> getResolution();
    @JsonProperty("governance") abstract Optional<Governance> getGovernance();
    @JsonProperty("commitmentForm") abstract Optional<CommitmentForm> getCommitmentForm();
    @JsonProperty("relatedDocuments") @Many abstract List<RelatedDocument> getRelatedDocuments();
  }

  abstract static class CompactB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("title") abstract Object title(String v);
    @JsonProperty("kind") abstract Object kind(CompactKind v);
    @JsonProperty("area") abstract Object area(String v);
    @JsonProperty("status") abstract Object status(CompactStatus v);
    @JsonProperty("legalStanding") @OrNull abstract Object legalStanding(Iterable<Citation> v);
    @JsonProperty("datedOn") @OrNull @JsonDeserialize(using = Dates.DayDeserializer.class)
    abstract Object datedOn(LocalDate v);
    @JsonProperty("period") @OrNull abstract Object period(YearRange v);
    @JsonProperty("refreshedIn") @OrNull @JsonDeserialize(using = Dates.MonthDeserializer.class)
    abstract Object refreshedIn(YearMonth v);
    @JsonProperty("foreword") @OrNull abstract Object foreword(Foreword v);
    @JsonProperty("vision") @OrNull abstract Object vision(Iterable<Citation> v);
    @JsonProperty("purpose") @OrNull abstract Object purpose(Iterable<Citation> v);
    @JsonProperty("objectives") @OrNull abstract Object objectives(Iterable<Objective> v);
    @JsonProperty("sectorDefinitions") @OrNull
    abstract Object sectorDefinitions(Iterable<SectorDefinition> v);
    @JsonProperty("sections") @OrNull abstract Object sections(Iterable<Section> v);
    @JsonProperty("parties") @OrNull abstract Object parties(Iterable<Party> v);
    @JsonProperty("signatories") @OrNull abstract Object signatories(Iterable<Signatory> v);
    @JsonProperty("principles") @OrNull abstract Object principles(Iterable<Principle> v);
    @JsonProperty("undertakings") @OrNull abstract Object undertakings(Iterable<Undertaking> v);
    @JsonProperty("rules") @OrNull abstract Object rules(Iterable<Rule> v);
    @JsonProperty("codesOfPractice") @OrNull
    abstract Object codesOfPractice(Iterable<CodeOfPractice> v);
    @JsonProperty("resolution") @OrNull abstract Object resolution(ResolutionProcedure v);
    @JsonProperty("governance") @OrNull abstract Object governance(Governance v);
    @JsonProperty("commitmentForm") @OrNull abstract Object commitmentForm(CommitmentForm v);
    @JsonProperty("relatedDocuments") @OrNull
    abstract Object relatedDocuments(Iterable<RelatedDocument> v);
  }

  // ---- Small values ----

  @JsonPropertyOrder({"clause", "text"})
  @JsonDeserialize(builder = Citation.Builder.class)
  abstract static class CitationM extends Mixins.Value {
    @JsonProperty("clause") abstract String getClause();
    @JsonProperty("text") abstract String getText();
  }

  abstract static class CitationB extends Mixins.Builder {
    @JsonProperty("clause") abstract Object clause(String v);
    @JsonProperty("text") abstract Object text(String v);
  }

  /** A period of years is {@code {"from": 2014, "to": 2018}}. */
  @JsonPropertyOrder({"from", "to"})
  @JsonDeserialize(builder = YearRange.Builder.class)
  abstract static class YearRangeM extends Mixins.Value {
    @JsonProperty("from") abstract int getFirstYear();
    @JsonProperty("to") abstract int getLastYear();
  }

  abstract static class YearRangeB extends Mixins.Builder {
    @JsonProperty("from") abstract Object firstYear(int v);
    @JsonProperty("to") abstract Object lastYear(int v);
  }

  /** A time span is {@code {"amount": 12, "unit": "weeks"}}. */
  @JsonPropertyOrder({"amount", "unit"})
  @JsonDeserialize(builder = TimeSpan.Builder.class)
  abstract static class TimeSpanM extends Mixins.Value {
    @JsonProperty("amount") abstract int getAmount();
    @JsonProperty("unit") abstract TimeSpanUnit getUnit();
  }

  abstract static class TimeSpanB extends Mixins.Builder {
    @JsonProperty("amount") abstract Object amount(int v);
    @JsonProperty("unit") abstract Object unit(TimeSpanUnit v);
  }

  @JsonPropertyOrder({"authors", "paragraphs"})
  @JsonDeserialize(builder = Foreword.Builder.class)
  abstract static class ForewordM extends Mixins.Value {
    @JsonProperty("authors") @Many abstract List<Person> getAuthors();
    @JsonProperty("paragraphs") @Many abstract List<Citation> getParagraphs();
  }

  abstract static class ForewordB extends Mixins.Builder {
    @JsonProperty("authors") @OrNull abstract Object authors(Iterable<Person> v);
    @JsonProperty("paragraphs") @OrNull abstract Object paragraphs(Iterable<Citation> v);
  }

  @JsonPropertyOrder({"name", "position", "organisation"})
  @JsonDeserialize(builder = Person.Builder.class)
  abstract static class PersonM extends Mixins.Value {
    @JsonProperty("name") abstract String getName();
    @JsonProperty("position") abstract Optional<String> getPosition();
    @JsonProperty("organisation") abstract Optional<String> getOrganisation();
  }

  abstract static class PersonB extends Mixins.Builder {
    @JsonProperty("name") abstract Object name(String v);
    @JsonProperty("position") @OrNull abstract Object position(String v);
    @JsonProperty("organisation") @OrNull abstract Object organisation(String v);
  }

  @JsonPropertyOrder({"id", "label", "title", "statements"})
  @JsonDeserialize(builder = Objective.Builder.class)
  abstract static class ObjectiveM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("label") abstract Optional<String> getLabel();
    @JsonProperty("title") abstract String getTitle();
    @JsonProperty("statements") @Many abstract List<Citation> getStatements();
  }

  abstract static class ObjectiveB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("label") @OrNull abstract Object label(String v);
    @JsonProperty("title") abstract Object title(String v);
    @JsonProperty("statements") @OrNull abstract Object statements(Iterable<Citation> v);
  }

  @JsonPropertyOrder({"sector", "source"})
  @JsonDeserialize(builder = SectorDefinition.Builder.class)
  abstract static class SectorDefinitionM extends Mixins.Value {
    @JsonProperty("sector") abstract Sector getSector();
    @JsonProperty("source") abstract Citation getSource();
  }

  abstract static class SectorDefinitionB extends Mixins.Builder {
    @JsonProperty("sector") abstract Object sector(Sector v);
    @JsonProperty("source") abstract Object source(Citation v);
  }

  @JsonPropertyOrder({"id", "heading", "paragraphs"})
  @JsonDeserialize(builder = Section.Builder.class)
  abstract static class SectionM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("heading") abstract String getHeading();
    @JsonProperty("paragraphs") @Many abstract List<Citation> getParagraphs();
  }

  abstract static class SectionB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("heading") abstract Object heading(String v);
    @JsonProperty("paragraphs") @OrNull abstract Object paragraphs(Iterable<Citation> v);
  }

  @JsonPropertyOrder({"id", "name", "sector", "bodyType"})
  @JsonDeserialize(builder = Party.Builder.class)
  abstract static class PartyM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("name") abstract String getName();
    @JsonProperty("sector") abstract Sector getSector();
    @JsonProperty("bodyType") abstract BodyType getBodyType();
  }

  abstract static class PartyB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("name") abstract Object name(String v);
    @JsonProperty("sector") abstract Object sector(Sector v);
    @JsonProperty("bodyType") abstract Object bodyType(BodyType v);
  }

  @JsonPropertyOrder({"id", "name", "position", "party", "source"})
  @JsonDeserialize(builder = Signatory.Builder.class)
  abstract static class SignatoryM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("name") abstract String getName();
    @JsonProperty("position") abstract String getPosition();
    @JsonProperty("party") abstract String getParty();
    @JsonProperty("source") abstract Optional<Citation> getSource();
  }

  abstract static class SignatoryB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("name") abstract Object name(String v);
    @JsonProperty("position") abstract Object position(String v);
    @JsonProperty("party") abstract Object party(String v);
    @JsonProperty("source") @OrNull abstract Object source(Citation v);
  }

  @JsonPropertyOrder({"id", "title", "objective", "source"})
  @JsonDeserialize(builder = Principle.Builder.class)
  abstract static class PrincipleM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("title") abstract Optional<String> getTitle();
    @JsonProperty("objective") abstract Optional<String> getObjective();
    @JsonProperty("source") abstract Citation getSource();
  }

  abstract static class PrincipleB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("title") @OrNull abstract Object title(String v);
    @JsonProperty("objective") @OrNull abstract Object objective(String v);
    @JsonProperty("source") abstract Object source(Citation v);
  }

  @JsonPropertyOrder({"id", "actor", "party", "modality", "qualifiers", "objective",
      "codesOfPractice", "source"})
  @JsonDeserialize(builder = Undertaking.Builder.class)
  abstract static class UndertakingM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("actor") abstract Actor getActor();
    @JsonProperty("party") abstract Optional<String> getParty();
    @JsonProperty("modality") abstract Modality getModality();
    @JsonProperty("qualifiers") @Many abstract Set<Qualifier> getQualifiers();
    @JsonProperty("objective") abstract Optional<String> getObjective();
    @JsonProperty("codesOfPractice") @Many abstract List<String> getCodesOfPractice();
    @JsonProperty("source") abstract Citation getSource();
  }

  abstract static class UndertakingB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("actor") abstract Object actor(Actor v);
    @JsonProperty("party") @OrNull abstract Object party(String v);
    @JsonProperty("modality") abstract Object modality(Modality v);
    @JsonProperty("qualifiers") @OrNull @JsonDeserialize(using = UniqueSetDeserializer.class)
    abstract Object qualifiers(Iterable<Qualifier> v);
    @JsonProperty("objective") @OrNull abstract Object objective(String v);
    @JsonProperty("codesOfPractice") @OrNull abstract Object codesOfPractice(Iterable<String> v);
    @JsonProperty("source") abstract Object source(Citation v);
  }

  @JsonPropertyOrder({"id", "topic", "inclusion", "source"})
  @JsonDeserialize(builder = CodeOfPractice.Builder.class)
  abstract static class CodeOfPracticeM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("topic") abstract String getTopic();
    @JsonProperty("inclusion") abstract CodeInclusion getInclusion();
    @JsonProperty("source") abstract Optional<Citation> getSource();
  }

  abstract static class CodeOfPracticeB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("topic") abstract Object topic(String v);
    @JsonProperty("inclusion") abstract Object inclusion(CodeInclusion v);
    @JsonProperty("source") @OrNull abstract Object source(Citation v);
  }

  // ---- Resolution procedure ----

  @JsonPropertyOrder({"scope", "exclusions", "stages", "recordKeeping", "externalBodies",
      "notes"})
  @JsonDeserialize(builder = ResolutionProcedure.Builder.class)
  abstract static class ResolutionProcedureM extends Mixins.Value {
    @JsonProperty("scope") @Many abstract List<Citation> getScope();
    @JsonProperty("exclusions") @Many abstract List<Citation> getExclusions();
    @JsonProperty("stages") @Many abstract List<Stage> getStages();
    @JsonProperty("recordKeeping") @Many abstract List<Citation> getRecordKeeping();
    @JsonProperty("externalBodies") @Many abstract List<ExternalBody> getExternalBodies();
    @JsonProperty("notes") @Many abstract List<Citation> getNotes();
  }

  abstract static class ResolutionProcedureB extends Mixins.Builder {
    @JsonProperty("scope") @OrNull abstract Object scope(Iterable<Citation> v);
    @JsonProperty("exclusions") @OrNull abstract Object exclusions(Iterable<Citation> v);
    @JsonProperty("stages") @OrNull abstract Object stages(Iterable<Stage> v);
    @JsonProperty("recordKeeping") @OrNull abstract Object recordKeeping(Iterable<Citation> v);
    @JsonProperty("externalBodies") @OrNull
    abstract Object externalBodies(Iterable<ExternalBody> v);
    @JsonProperty("notes") @OrNull abstract Object notes(Iterable<Citation> v);
  }

  @JsonPropertyOrder({"number", "name", "actions", "thirdParties", "timeLimit", "escalation",
      "source"})
  @JsonDeserialize(builder = Stage.Builder.class)
  abstract static class StageM extends Mixins.Value {
    @JsonProperty("number") abstract int getNumber();
    @JsonProperty("name") abstract Optional<String> getName();
    @JsonProperty("actions") @Many abstract List<String> getActions();
    @JsonProperty("thirdParties") @Many abstract List<String> getThirdParties();
    @JsonProperty("timeLimit") abstract Optional<TimeSpan> getTimeLimit();
    @JsonProperty("escalation") abstract Optional<String> getEscalation();
    @JsonProperty("source") abstract Citation getSource();
  }

  abstract static class StageB extends Mixins.Builder {
    @JsonProperty("number") abstract Object number(int v);
    @JsonProperty("name") @OrNull abstract Object name(String v);
    @JsonProperty("actions") @OrNull abstract Object actions(Iterable<String> v);
    @JsonProperty("thirdParties") @OrNull abstract Object thirdParties(Iterable<String> v);
    @JsonProperty("timeLimit") @OrNull abstract Object timeLimit(TimeSpan v);
    @JsonProperty("escalation") @OrNull abstract Object escalation(String v);
    @JsonProperty("source") abstract Object source(Citation v);
  }

  @JsonPropertyOrder({"id", "name", "contact", "source"})
  @JsonDeserialize(builder = ExternalBody.Builder.class)
  abstract static class ExternalBodyM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("name") abstract String getName();
    @JsonProperty("contact") abstract Contact getContact();
    @JsonProperty("source") abstract Optional<Citation> getSource();
  }

  abstract static class ExternalBodyB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("name") abstract Object name(String v);
    @JsonProperty("contact") abstract Object contact(Contact v);
    @JsonProperty("source") @OrNull abstract Object source(Citation v);
  }

  @JsonPropertyOrder({"attention", "address", "telephone", "email", "website"})
  @JsonDeserialize(builder = Contact.Builder.class)
  abstract static class ContactM extends Mixins.Value {
    @JsonProperty("attention") abstract Optional<String> getAttention();
    @JsonProperty("address") @Many abstract List<String> getAddress();
    @JsonProperty("telephone") abstract Optional<String> getTelephone();
    @JsonProperty("email") abstract Optional<String> getEmail();
    @JsonProperty("website") abstract Optional<String> getWebsite();
  }

  abstract static class ContactB extends Mixins.Builder {
    @JsonProperty("attention") @OrNull abstract Object attention(String v);
    @JsonProperty("address") @OrNull abstract Object address(Iterable<String> v);
    @JsonProperty("telephone") @OrNull abstract Object telephone(String v);
    @JsonProperty("email") @OrNull abstract Object email(String v);
    @JsonProperty("website") @OrNull abstract Object website(String v);
  }

  // ---- Governance, commitment form, related documents ----

  @JsonPropertyOrder({"overseenBy", "statements", "duties", "bodies"})
  @JsonDeserialize(builder = Governance.Builder.class)
  abstract static class GovernanceM extends Mixins.Value {
    @JsonProperty("overseenBy") abstract Optional<String> getOverseenBy();
    @JsonProperty("statements") @Many abstract List<Citation> getStatements();
    @JsonProperty("duties") @Many abstract List<GovernanceDuty> getDuties();
    @JsonProperty("bodies") @Many abstract List<GovernanceBody> getBodies();
  }

  abstract static class GovernanceB extends Mixins.Builder {
    @JsonProperty("overseenBy") @OrNull abstract Object overseenBy(String v);
    @JsonProperty("statements") @OrNull abstract Object statements(Iterable<Citation> v);
    @JsonProperty("duties") @OrNull abstract Object duties(Iterable<GovernanceDuty> v);
    @JsonProperty("bodies") @OrNull abstract Object bodies(Iterable<GovernanceBody> v);
  }

  @JsonPropertyOrder({"id", "name", "members", "seats", "source"})
  @JsonDeserialize(builder = GovernanceBody.Builder.class)
  abstract static class GovernanceBodyM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("name") abstract String getName();
    @JsonProperty("members") abstract Optional<Integer> getMembers();
    @JsonProperty("seats") @Many abstract List<Seat> getSeats();
    @JsonProperty("source") abstract Citation getSource();
  }

  abstract static class GovernanceBodyB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("name") abstract Object name(String v);
    @JsonProperty("members") @OrNull abstract Object members(int v);
    @JsonProperty("seats") @OrNull abstract Object seats(Iterable<Seat> v);
    @JsonProperty("source") abstract Object source(Citation v);
  }

  /** Seats are {@code {"sector": "public", "count": 6}}, or name a role instead of a sector. */
  @JsonPropertyOrder({"sector", "count", "role"})
  @JsonDeserialize(builder = Seat.Builder.class)
  abstract static class SeatM extends Mixins.Value {
    @JsonProperty("sector") abstract Optional<Sector> getSector();
    @JsonProperty("count") abstract int getCount();
    @JsonProperty("role") abstract Optional<String> getRole();
  }

  abstract static class SeatB extends Mixins.Builder {
    @JsonProperty("sector") @OrNull abstract Object sector(Sector v);
    @JsonProperty("count") abstract Object count(int v);
    @JsonProperty("role") @OrNull abstract Object role(String v);
  }

  @JsonPropertyOrder({"id", "kind", "every", "activity", "source"})
  @JsonDeserialize(builder = GovernanceDuty.Builder.class)
  abstract static class GovernanceDutyM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("kind") abstract DutyKind getKind();
    @JsonProperty("every") abstract Optional<TimeSpan> getEvery();
    @JsonProperty("activity") abstract Optional<String> getActivity();
    @JsonProperty("source") abstract Citation getSource();
  }

  abstract static class GovernanceDutyB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("kind") abstract Object kind(DutyKind v);
    @JsonProperty("every") @OrNull abstract Object every(TimeSpan v);
    @JsonProperty("activity") @OrNull abstract Object activity(String v);
    @JsonProperty("source") abstract Object source(Citation v);
  }

  @JsonPropertyOrder({"title", "statements", "fields", "returnTo"})
  @JsonDeserialize(builder = CommitmentForm.Builder.class)
  abstract static class CommitmentFormM extends Mixins.Value {
    @JsonProperty("title") abstract Optional<String> getTitle();
    @JsonProperty("statements") @Many abstract List<Citation> getStatements();
    @JsonProperty("fields") @Many abstract List<String> getFields();
    @JsonProperty("returnTo") abstract Optional<Contact> getReturnTo();
  }

  abstract static class CommitmentFormB extends Mixins.Builder {
    @JsonProperty("title") @OrNull abstract Object title(String v);
    @JsonProperty("statements") @OrNull abstract Object statements(Iterable<Citation> v);
    @JsonProperty("fields") @OrNull abstract Object fields(Iterable<String> v);
    @JsonProperty("returnTo") @OrNull abstract Object returnTo(Contact v);
  }

  @JsonPropertyOrder({"id", "title", "relation", "location", "source"})
  @JsonDeserialize(builder = RelatedDocument.Builder.class)
  abstract static class RelatedDocumentM extends Mixins.Value {
    @JsonProperty("id") abstract String getId();
    @JsonProperty("title") abstract String getTitle();
    @JsonProperty("relation") abstract String getRelation();
    @JsonProperty("location") abstract Optional<String> getLocation();
    @JsonProperty("source") abstract Optional<Citation> getSource();
  }

  abstract static class RelatedDocumentB extends Mixins.Builder {
    @JsonProperty("id") abstract Object id(String v);
    @JsonProperty("title") abstract Object title(String v);
    @JsonProperty("relation") abstract Object relation(String v);
    @JsonProperty("location") @OrNull abstract Object location(String v);
    @JsonProperty("source") @OrNull abstract Object source(Citation v);
  }
}
