package org.compacts.testkit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
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
import org.compacts.rules.ConsultationFeedbackRule;
import org.compacts.rules.Exemption;
import org.compacts.rules.FullCostRecoveryRule;
import org.compacts.rules.MinimumConsultationRule;
import org.compacts.rules.MinimumNoticeRule;
import org.compacts.rules.MinimumTermRule;
import org.compacts.rules.NoticeElement;
import org.compacts.rules.PaymentBasis;
import org.compacts.rules.PaymentInAdvanceRule;
import org.compacts.rules.PaymentWithinRule;
import org.compacts.rules.RecurrenceRule;
import org.compacts.rules.Rule;
import org.compacts.rules.StageTimeLimitRule;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;

/**
 * Generates valid compacts that use every element type of the model: unique slug ids,
 * references that resolve, stages numbered 1..n, positive periods and ordered dates.
 *
 * <pre>{@code
 * Compact compact = CompactGen.compact(Gen.seeded(7));
 * }</pre>
 */
public final class CompactGen {
  private final Gen gen;
  private final Ids ids;

  private CompactGen(Gen gen) {
    this.gen = gen;
    this.ids = new Ids(gen);
  }

  /** A valid compact; about half the optional parts are present. */
  public static Compact compact(Gen gen) {
    return new CompactGen(gen).build();
  }

  /**
   * A valid rule of one kind: {@code "notice"}, {@code "consultation"}, {@code "feedback"},
   * {@code "term"}, {@code "cost"}, {@code "stage"} (naming one of {@code stages} stages),
   * {@code "recurrence"}, {@code "advance"} or {@code "within"}; about a third of them ask
   * for tags ({@code onlyWhen}).
   */
  public static Rule rule(Gen gen, String kind, int stages) {
    return new CompactGen(gen).rule(kind, stages);
  }

  /** A valid compact in which every optional part and every list is present and non-empty. */
  public static Compact fullCompact(Gen gen) {
    CompactGen more = new CompactGen(gen);
    Compact c = more.build();
    Compact.Builder b = Compact.builder().from(c);
    if (c.getForeword().isEmpty()) {
      b.foreword(more.foreword());
    }
    if (c.getResolution().isEmpty()) {
      b.resolution(more.resolution(gen.between(1, 4)));
    }
    if (c.getGovernance().isEmpty()) {
      b.governance(more.governance());
    }
    if (c.getCommitmentForm().isEmpty()) {
      b.commitmentForm(more.commitmentForm());
    }
    Compact partial = b.build();
    return more.completeLists(partial);
  }

  private Compact build() {
    int firstYear = gen.between(2000, 2030);
    boolean hasPeriod = gen.bool();
    YearRange period = YearRange.of(firstYear, firstYear + gen.between(0, 6));
    LocalDate datedOn = LocalDate.of(gen.between(period.getFirstYear(), period.getLastYear()),
        gen.between(1, 12), gen.between(1, 28));
    boolean hasDate = gen.bool();

    List<Party> parties = gen.list(0, 6, this::party);
    List<Objective> objectives = gen.list(0, 4, this::objective);
    List<CodeOfPractice> codes = gen.list(0, 3, this::code);
    ResolutionProcedure resolution = gen.chance(0.7) ? resolution(gen.between(1, 4)) : null;

    Compact.Builder b = Compact.builder()
        .id(ids.next())
        .title(gen.text(8))
        .kind(gen.pick(CompactKind.class))
        .area(gen.text(3))
        .status(gen.pick(CompactStatus.class))
        .legalStanding(gen.list(0, 2, this::citation))
        .vision(gen.list(0, 2, this::citation))
        .purpose(gen.list(0, 3, this::citation))
        .objectives(objectives)
        .sectorDefinitions(gen.list(0, 3, this::sectorDefinition))
        .sections(gen.list(0, 3, this::section))
        .parties(parties)
        .codesOfPractice(codes)
        .relatedDocuments(gen.list(0, 2, this::relatedDocument));
    if (hasPeriod) {
      b.period(period);
    }
    if (hasDate) {
      b.datedOn(datedOn);
    }
    if (gen.bool()) {
      YearMonth base = hasDate ? YearMonth.from(datedOn) : YearMonth.of(firstYear, 1);
      b.refreshedIn(base.plusMonths(gen.between(0, 40)));
    }
    if (gen.bool()) {
      b.foreword(foreword());
    }
    if (!parties.isEmpty()) {
      b.signatories(gen.list(0, 3, () -> signatory(parties)));
    }
    b.principles(gen.list(0, 6, () -> principle(objectives)));
    b.undertakings(gen.list(0, 8, () -> undertaking(parties, objectives, codes)));
    int stages = resolution == null ? 0 : resolution.getStages().size();
    b.rules(gen.list(0, 6, () -> rule(stages)));
    if (resolution != null) {
      b.resolution(resolution);
    }
    if (gen.bool()) {
      b.governance(governance());
    }
    if (gen.bool()) {
      b.commitmentForm(commitmentForm());
    }
    return b.build();
  }

  /** Adds one element to every list that is empty, so that every element type is present. */
  private Compact completeLists(Compact c) {
    Compact.Builder b = Compact.builder().from(c);
    List<Party> parties = new ArrayList<>(c.getParties());
    List<Objective> objectives = new ArrayList<>(c.getObjectives());
    List<CodeOfPractice> codes = new ArrayList<>(c.getCodesOfPractice());
    if (parties.isEmpty()) {
      parties.add(party());
      b.parties(parties);
    }
    if (objectives.isEmpty()) {
      objectives.add(objective());
      b.objectives(objectives);
    }
    if (codes.isEmpty()) {
      codes.add(code());
      b.codesOfPractice(codes);
    }
    if (c.getLegalStanding().isEmpty()) {
      b.addLegalStanding(citation());
    }
    if (c.getVision().isEmpty()) {
      b.addVision(citation());
    }
    if (c.getPurpose().isEmpty()) {
      b.addPurpose(citation());
    }
    if (c.getSectorDefinitions().isEmpty()) {
      b.addSectorDefinitions(sectorDefinition());
    }
    if (c.getSections().isEmpty()) {
      b.addSections(section());
    }
    if (c.getSignatories().isEmpty()) {
      b.addSignatories(signatory(parties));
    }
    if (c.getPrinciples().isEmpty()) {
      b.addPrinciples(principle(objectives));
    }
    if (c.getUndertakings().isEmpty()) {
      b.addUndertakings(undertaking(parties, objectives, codes));
    }
    if (c.getRelatedDocuments().isEmpty()) {
      b.addRelatedDocuments(relatedDocument());
    }
    int stages = c.getResolution().map(r -> r.getStages().size()).orElse(0);
    for (String kind : List.of("notice", "consultation", "feedback", "term", "cost", "stage",
        "recurrence", "advance", "within")) {
      b.addRules(rule(kind, stages));
    }
    return b.build();
  }

  Citation citation() {
    return Citation.of(gen.pick("1", "4(ii)", "g", "Stage 2", "Section 3", gen.text(3)),
        gen.sentence());
  }

  TimeSpan span() {
    return TimeSpan.of(gen.between(1, 36), gen.pick(TimeSpanUnit.class));
  }

  Party party() {
    return Party.builder()
        .id(ids.next())
        .name(gen.text(5))
        .sector(gen.pick(Sector.class))
        .bodyType(gen.pick(BodyType.class))
        .build();
  }

  Person person() {
    Person.Builder b = Person.builder().name(gen.text(3));
    gen.optional(() -> gen.text(3)).ifPresent(b::position);
    gen.optional(() -> gen.text(4)).ifPresent(b::organisation);
    return b.build();
  }

  Foreword foreword() {
    return Foreword.builder()
        .authors(gen.list(1, 2, this::person))
        .paragraphs(gen.list(1, 3, this::citation))
        .build();
  }

  Objective objective() {
    Objective.Builder b = Objective.builder()
        .id(ids.next())
        .title(gen.text(8))
        .statements(gen.list(0, 2, this::citation));
    gen.optional(() -> gen.pick("1", "2", "4(i)", "4(iv)")).ifPresent(b::label);
    return b.build();
  }

  SectorDefinition sectorDefinition() {
    return SectorDefinition.builder().sector(gen.pick(Sector.class)).source(citation()).build();
  }

  Section section() {
    return Section.builder()
        .id(ids.next())
        .heading(gen.text(5))
        .paragraphs(gen.list(0, 3, this::citation))
        .build();
  }

  Signatory signatory(List<Party> parties) {
    Signatory.Builder b = Signatory.builder()
        .id(ids.next())
        .name(gen.text(3))
        .position(gen.text(3))
        .party(gen.pick(parties).getId());
    gen.optional(this::citation).ifPresent(b::source);
    return b.build();
  }

  Principle principle(List<Objective> objectives) {
    Principle.Builder b = Principle.builder().id(ids.next()).source(citation());
    gen.optional(() -> gen.text(4)).ifPresent(b::title);
    if (!objectives.isEmpty() && gen.bool()) {
      b.objective(gen.pick(objectives).getId());
    }
    return b.build();
  }

  Undertaking undertaking(
      List<Party> parties, List<Objective> objectives, List<CodeOfPractice> codes) {
    Actor actor = gen.pick(Actor.class);
    if (actor == Actor.PARTY && parties.isEmpty()) {
      actor = Actor.ALL_PARTNERS;
    }
    Undertaking.Builder b = Undertaking.builder()
        .id(ids.next())
        .actor(actor)
        .modality(gen.pick(Modality.class))
        .qualifiers(gen.subset(Qualifier.class, 0))
        .source(citation());
    if (actor == Actor.PARTY) {
      b.party(gen.pick(parties).getId());
    }
    if (!objectives.isEmpty() && gen.bool()) {
      b.objective(gen.pick(objectives).getId());
    }
    if (!codes.isEmpty()) {
      b.codesOfPractice(gen.list(0, 2, () -> gen.pick(codes).getId()));
    }
    return b.build();
  }

  CodeOfPractice code() {
    CodeOfPractice.Builder b = CodeOfPractice.builder()
        .id(ids.next())
        .topic(gen.text(4))
        .inclusion(gen.pick(CodeInclusion.class));
    gen.optional(this::citation).ifPresent(b::source);
    return b.build();
  }

  Rule rule(int stages) {
    List<String> kinds = new ArrayList<>(
        List.of("notice", "consultation", "feedback", "term", "cost", "recurrence", "advance",
            "within"));
    if (stages > 0) {
      kinds.add("stage");
    }
    return rule(gen.pick(kinds), stages);
  }

  /** A rule of a kind; a stage rule needs at least one stage and falls back to notice. */
  Rule rule(String kind, int stages) {
    Rule rule = ruleOfKind(kind, stages);
    if (!gen.chance(0.3)) {
      return rule;
    }
    List<String> tags = gen.list(1, 2, gen::slug);
    return RuleTags.withOnlyWhen(rule, tags);
  }

  private Rule ruleOfKind(String kind, int stages) {
    String id = ids.next();
    Modality modality = gen.pick(Modality.class);
    Citation source = citation();
    switch (kind) {
      case "consultation":
        return MinimumConsultationRule.builder().id(id).modality(modality).source(source)
            .period(span()).by(gen.pick(Sector.class))
            .affecting(gen.subset(Sector.class, 1))
            .exemptions(gen.subset(Exemption.class, 0)).build();
      case "feedback":
        return ConsultationFeedbackRule.builder().id(id).modality(modality).source(source)
            .by(gen.pick(Sector.class)).affecting(gen.subset(Sector.class, 1)).build();
      case "term":
        return MinimumTermRule.builder().id(id).modality(modality).source(source)
            .period(span()).arrangements(gen.subset(Arrangement.class, 1))
            .awardedBy(gen.pick(Sector.class)).build();
      case "cost":
        return FullCostRecoveryRule.builder().id(id).modality(modality).source(source)
            .arrangements(gen.subset(Arrangement.class, 1))
            .recipient(gen.pick(Sector.class)).build();
      case "stage":
        if (stages > 0) {
          return StageTimeLimitRule.builder().id(id).modality(modality).source(source)
              .stage(gen.between(1, stages)).period(span()).build();
        }
        return rule("notice", stages);
      case "recurrence":
        return RecurrenceRule.builder().id(id).modality(modality).source(source)
            .activity(gen.pick("compact-meeting", "annual-report", gen.slug()))
            .period(span()).build();
      case "advance":
        return PaymentInAdvanceRule.builder().id(id).modality(modality).source(source)
            .arrangements(gen.subset(Arrangement.class, 1)).paidBy(gen.pick(Sector.class))
            .paidTo(gen.pick(Sector.class)).exemptions(gen.subset(Exemption.class, 0)).build();
      case "within":
        return PaymentWithinRule.builder().id(id).modality(modality).source(source)
            .period(span()).countsFrom(gen.pick(PaymentBasis.class))
            .arrangements(gen.subset(Arrangement.class, 1)).paidBy(gen.pick(Sector.class))
            .paidTo(gen.pick(Sector.class)).build();
      default:
        return MinimumNoticeRule.builder().id(id).modality(modality).source(source)
            .period(span()).changes(gen.subset(ChangeKind.class, 1))
            .arrangements(gen.subset(Arrangement.class, 1))
            .givenBy(gen.pick(Sector.class)).givenTo(gen.pick(Sector.class))
            .exemptions(gen.subset(Exemption.class, 0))
            .requires(gen.subset(NoticeElement.class, 0)).build();
    }
  }

  Contact contact() {
    Contact.Builder b = Contact.builder().address(gen.list(0, 4, () -> gen.text(4)));
    gen.optional(() -> gen.text(3)).ifPresent(b::attention);
    gen.optional(() -> "0" + gen.between(100, 999) + " " + gen.between(100000, 999999))
        .ifPresent(b::telephone);
    gen.optional(() -> gen.slug() + "@" + gen.slug() + ".org.uk").ifPresent(b::email);
    gen.optional(() -> "www." + gen.slug() + ".org.uk").ifPresent(b::website);
    return b.build();
  }

  Stage stage(int number) {
    Stage.Builder b = Stage.builder()
        .number(number)
        .actions(gen.list(0, 3, gen::sentence))
        .thirdParties(gen.list(0, 2, () -> gen.text(3)))
        .source(citation());
    gen.optional(() -> gen.text(3)).ifPresent(b::name);
    gen.optional(this::span).ifPresent(b::timeLimit);
    gen.optional(gen::sentence).ifPresent(b::escalation);
    return b.build();
  }

  ResolutionProcedure resolution(int stages) {
    ResolutionProcedure.Builder b = ResolutionProcedure.builder()
        .scope(gen.list(0, 2, this::citation))
        .exclusions(gen.list(0, 2, this::citation))
        .recordKeeping(gen.list(0, 1, this::citation))
        .notes(gen.list(0, 2, this::citation));
    for (int i = 1; i <= stages; i++) {
      b.addStages(stage(i));
    }
    b.externalBodies(gen.list(0, 3, () -> {
      ExternalBody.Builder e = ExternalBody.builder()
          .id(ids.next()).name(gen.text(4)).contact(contact());
      gen.optional(this::citation).ifPresent(e::source);
      return e.build();
    }));
    return b.build();
  }

  Governance governance() {
    Governance.Builder b = Governance.builder()
        .statements(gen.list(0, 2, this::citation))
        .duties(gen.list(1, 5, () -> {
          GovernanceDuty.Builder d = GovernanceDuty.builder()
              .id(ids.next()).kind(gen.pick(DutyKind.class)).source(citation());
          gen.optional(this::span).ifPresent(d::every);
          gen.optional(() -> gen.pick("compact-meeting", "annual-report")).ifPresent(d::activity);
          return d.build();
        }));
    gen.optional(() -> gen.text(5)).ifPresent(b::overseenBy);
    b.bodies(gen.list(0, 2, this::governanceBody));
    return b.build();
  }

  /** A body whose seats, when it has both seats and members, add up to its members. */
  GovernanceBody governanceBody() {
    GovernanceBody.Builder b = GovernanceBody.builder()
        .id(ids.next()).name(gen.text(4)).source(citation());
    List<Seat> seats = gen.list(0, 3, () -> {
      Seat.Builder seat = Seat.builder().count(gen.between(1, 12));
      if (gen.bool()) {
        seat.sector(gen.pick(Sector.class));
        gen.optional(() -> gen.text(2)).ifPresent(seat::role);
      } else {
        seat.role(gen.text(2));
      }
      return seat.build();
    });
    b.seats(seats);
    if (gen.bool()) {
      int total = seats.stream().mapToInt(Seat::getCount).sum();
      b.members(total > 0 ? total : gen.between(1, 40));
    }
    return b.build();
  }

  CommitmentForm commitmentForm() {
    CommitmentForm.Builder b = CommitmentForm.builder()
        .statements(gen.list(1, 4, this::citation))
        .fields(gen.list(0, 5, () -> gen.pick("Name", "Date", "Organisation", "Email", "Tel")));
    gen.optional(() -> gen.text(3)).ifPresent(b::title);
    gen.optional(this::contact).ifPresent(b::returnTo);
    return b.build();
  }

  RelatedDocument relatedDocument() {
    RelatedDocument.Builder b = RelatedDocument.builder()
        .id(ids.next())
        .title(gen.text(5))
        .relation(gen.pick("replaces", "refers to", "supports"));
    gen.optional(() -> "www." + gen.slug() + ".org.uk").ifPresent(b::location);
    gen.optional(this::citation).ifPresent(b::source);
    return b.build();
  }
}
