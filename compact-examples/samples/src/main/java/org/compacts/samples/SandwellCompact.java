package org.compacts.samples;

import static org.compacts.model.Actor.ALL_PARTNERS;
import static org.compacts.model.Actor.STATUTORY_SECTOR;
import static org.compacts.model.Actor.VOLUNTARY_SECTOR;
import static org.compacts.model.Modality.COMMIT;
import static org.compacts.model.Modality.RECOGNISE;
import static org.compacts.model.Modality.SHOULD;
import static org.compacts.model.Modality.WILL;
import static org.compacts.model.Qualifier.WHERE_POSSIBLE;
import static org.compacts.samples.Elements.party;
import static org.compacts.samples.Elements.principle;
import static org.compacts.samples.Elements.undertaking;

import java.time.YearMonth;
import java.util.List;
import org.compacts.model.BodyType;
import org.compacts.model.Citation;
import org.compacts.model.CodeInclusion;
import org.compacts.model.CodeOfPractice;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.Contact;
import org.compacts.model.ExternalBody;
import org.compacts.model.Foreword;
import org.compacts.model.Objective;
import org.compacts.model.Person;
import org.compacts.model.ResolutionProcedure;
import org.compacts.model.Section;
import org.compacts.model.Sector;
import org.compacts.model.Signatory;
import org.compacts.model.Stage;
import org.compacts.rules.StageTimeLimitRule;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;

/**
 * The Sandwell Compact, refreshed September 2019 (source: {@code seeds/sandwell-compact-2019.txt}).
 *
 * <p>Section 4 states its undertakings as conditions in the present tense ("Stronger
 * Partnerships ... happen when: The VCS operates through open and accountable
 * organisations"). Section 1 calls the compact "a statement of intent and aspiration", so each
 * is read as what its actor will do ({@code will}), except where the words themselves are a
 * recognition ("recognises ...") or a commitment ("have a commitment to ...").
 */
final class SandwellCompact {
  static final String ID = "sandwell-compact-2019";

  private static final String FOREWORD = "Foreword";
  private static final String S1 = "Section 1";
  private static final String S3 = "Section 3";
  private static final String S5 = "Section 5";
  private static final String S6 = "Section 6";
  private static final String S7 = "Section 7";
  private static final String O1 = "4(i)";
  private static final String O2 = "4(ii)";
  private static final String O3 = "4(iii)";
  private static final String O4 = "4(iv)";

  private static final String STRONGER_PARTNERSHIPS = "stronger-partnerships";
  private static final String BETTER_SERVICES = "better-services";
  private static final String BEST_USE_OF_RESOURCES = "best-use-of-resources";
  private static final String IMPROVED_COMMUNICATION = "improved-communication";

  private static final String THIRD_PARTY_OFFICER = "the Council’s Voluntary Sector policy officer";

  private SandwellCompact() {}

  static Compact compact() {
    return Compact.builder()
        .id(ID)
        .title("Sandwell Compact")
        .kind(CompactKind.COMPACT)
        .area("Sandwell")
        .status(CompactStatus.ADOPTED)
        .refreshedIn(YearMonth.of(2019, 9))
        .foreword(foreword())
        .addPurpose(
            Citation.of(S1, "The Compact is an agreement between Sandwell’s voluntary and"
                + " community sector (VCS) and Sandwell Council. By setting out the principles"
                + " governing the relationship between the two sectors, the Compact aims to set"
                + " the tone of their relationship, supporting them to work together to do good"
                + " things for the people of Sandwell."),
            Citation.of(S1, "VCS organisations are a very diverse collection of non-governmental"
                + " and value-driven organisations that deliver significant public services and"
                + " community benefits in Sandwell."),
            Citation.of(S1, "The intended outcomes of the Sandwell Compact are:"))
        .addLegalStanding(Citation.of(S1, "Whilst the Compact is not a legally binding document"
            + " it is a statement of intent and aspiration."))
        .addVision(Citation.of("Section 2", "The Statutory Sector and VCS recognise their"
            + " interdependence and reliance on each other to achieve the Sandwell 2030 vision."))
        .addObjectives(
            outcome(STRONGER_PARTNERSHIPS, O1,
                "stronger partnerships between the VCS and statutory bodies",
                "Stronger Partnerships between VCS and Statutory bodies happen when:"),
            outcome(BETTER_SERVICES, O2, "better services in Sandwell that meet local needs",
                "Better services in Sandwell that meet local needs are delivered when:"),
            outcome(BEST_USE_OF_RESOURCES, O3, "making the best use of resources",
                "Best use is made of resources when:"),
            outcome(IMPROVED_COMMUNICATION, O4,
                "improved communication between the VCS and statutory sector",
                "Improved communication between the VCS and statutory sector happens when:"))
        .addSections(
            Section.builder().id("shared-values-and-principles")
                .heading("Shared Values and Principles")
                .addParagraphs(Citation.of(S3, "All partners agree that the following values and"
                    + " principles will govern our relationships:"))
                .build(),
            Section.builder().id("codes-of-practice").heading("Codes of Practice")
                .addParagraphs(Citation.of(S5, "Compact codes of practice have been produced to"
                    + " provide more detail in the following areas:"))
                .build())
        .addParties(
            party("sandwell-council", "Sandwell Council", Sector.PUBLIC, BodyType.LOCAL_AUTHORITY),
            party("scvo", "Sandwell Council of Voluntary Organisations",
                Sector.VOLUNTARY_COMMUNITY, BodyType.INFRASTRUCTURE_BODY))
        .addSignatories(
            Signatory.builder().id("david-stevens").name("David Stevens")
                .position("Chief Executive").party("sandwell-council")
                .source(Citation.of(S7, "David Stevens Chief Executive of Sandwell Council"))
                .build(),
            Signatory.builder().id("mark-davis").name("Mark Davis").position("Chief Executive")
                .party("scvo").source(Citation.of(S7, "Mark Davis Chief Executive of SCVO"))
                .build())
        .addAllPrinciples(List.of(
            principle("partnership-working", "Partnership working", S3,
                "Partnership working: All partners have distinct but complementary roles in the"
                    + " development and delivery of public policy and local services. Partnership"
                    + " working adds value and helps to create shared aims and objectives."),
            principle("openness-honesty-and-respect", "Openness, honesty and respect", S3,
                "Openness, honesty and respect: All partners will treat one another with"
                    + " generosity of spirit, respect, openness, honesty and transparency and will"
                    + " work to build trust between organisations."),
            principle("community-cohesion", "Community cohesion", S3,
                "Community cohesion: All partners will promote collaboration and bridge-building"
                    + " between different groups and communities."),
            principle("accessibility", "Accessibility", S3,
                "Accessibility: Services will be accessible to people who want to use them. All"
                    + " partners will endeavour to ensure that their services meet the needs of"
                    + " their current and future customers."),
            principle("equality", "Equality", S3,
                "Equality: All partners will treat their customers, employees and volunteers"
                    + " fairly to ensure that they do not receive less favourable treatment on any"
                    + " grounds, which cannot be shown to be justified."),
            principle("accountability", "Accountability", S3,
                "Accountability: All partners are open and accountable to each other, no hidden"
                    + " agendas."),
            principle("celebrating-independence", "Celebrating Independence", S3,
                "Celebrating Independence: The independence of the council, other statutory"
                    + " partners and voluntary and community organisations is a strength."),
            principle("interdependence", "Interdependence", S3,
                "Interdependence: The statutory and the voluntary and community sectors are"
                    + " interdependent - neither can fully function without the other."),
            principle("learning", "Learning", S3,
                "Learning: All partners aspire to be learning organisations in order to deliver"
                    + " better services to end users, learning from experience of what works and"
                    + " using skilled staff that have been properly trained."),
            principle("volunteering", "Volunteering", S3,
                "Volunteering: All partners recognise the value of volunteering as an important"
                    + " expression of citizenship and essential to civil renewal. Volunteering"
                    + " builds skills and experience, enhances employability, promotes social"
                    + " inclusion and contributes to the building of community networks and"
                    + " participation; high levels of volunteering are therefore an indication of"
                    + " healthy and active communities.")))
        .addAllUndertakings(List.of(
            // 4(i) Stronger Partnerships between VCS and Statutory bodies
            undertaking("vcs-open-and-accountable", VOLUNTARY_SECTOR, WILL, O1,
                "operates through open and accountable organisations")
                .objective(STRONGER_PARTNERSHIPS).build(),
            undertaking("vcs-good-governance", VOLUNTARY_SECTOR, WILL, O1,
                "adheres to principles of good governance")
                .objective(STRONGER_PARTNERSHIPS).build(),
            undertaking("vcs-policy-from-real-views", VOLUNTARY_SECTOR, WILL, O1,
                "ensures that policy positions are derived from the real views of all"
                    + " stakeholders (users, members, the community etc)")
                .objective(STRONGER_PARTNERSHIPS).build(),
            undertaking("vcs-challenges-policy", VOLUNTARY_SECTOR, WILL, O1,
                "challenges, campaigns and comments on policy regardless of any financial or"
                    + " other relationship which may exist")
                .objective(STRONGER_PARTNERSHIPS).build(),
            undertaking("vcs-upholds-independence", VOLUNTARY_SECTOR, WILL, O1,
                "ensures that they uphold their independence, and remain focused on their"
                    + " mission, irrespective of any relationship with the statutory sector")
                .objective(STRONGER_PARTNERSHIPS).build(),
            undertaking("statutory-respects-independence", STATUTORY_SECTOR, RECOGNISE, O1,
                "recognises the importance of the VCS and respects its independence")
                .objective(STRONGER_PARTNERSHIPS).build(),
            undertaking("statutory-recognises-right-to-challenge", STATUTORY_SECTOR, RECOGNISE, O1,
                "recognises the right of the VCS to challenge, campaign and comment on policy"
                    + " regardless of any financial or other relationship which may exist")
                .objective(STRONGER_PARTNERSHIPS).build(),
            // 4(ii) Better services in Sandwell that meet local needs
            undertaking("vcs-seeks-views", VOLUNTARY_SECTOR, WILL, O2,
                "seeks the views of service users, beneficiaries, members, volunteers and"
                    + " trustees, where possible, when making representation to the statutory"
                    + " sector. Is clear on who is being represented, in what capacity and on what"
                    + " basis that representation is being made", WHERE_POSSIBLE)
                .objective(BETTER_SERVICES).build(),
            undertaking("vcs-identifies-need", VOLUNTARY_SECTOR, WILL, O2,
                "helps to identify need and ways of meeting that need")
                .objective(BETTER_SERVICES).build(),
            undertaking("statutory-co-designs", STATUTORY_SECTOR, WILL, O2,
                "works with the VCS to develop policies and design services from the earliest"
                    + " stages of development, ensuring those likely to have a view are involved"
                    + " from the beginning")
                .objective(BETTER_SERVICES).build(),
            undertaking("statutory-open-commissioning", STATUTORY_SECTOR, WILL, O2,
                "uses open and transparent commissioning and procurement processes")
                .objective(BETTER_SERVICES).build(),
            undertaking("statutory-involves-vcs-in-need", STATUTORY_SECTOR, WILL, O2,
                "involves the VCS in the identification of need")
                .objective(BETTER_SERVICES).build(),
            // 4(iii) Best use is made of resources
            undertaking("partners-comply-with-funding-code", ALL_PARTNERS, WILL, O3,
                "comply with the Compact Funding Code of Practice")
                .objective(BEST_USE_OF_RESOURCES).addCodesOfPractice("funding").build(),
            undertaking("partners-recognise-shared-priorities", ALL_PARTNERS, RECOGNISE, O3,
                "recognise the importance of local shared partnership priorities")
                .objective(BEST_USE_OF_RESOURCES).build(),
            undertaking("partners-understand-roles", ALL_PARTNERS, WILL, O3,
                "have a clear understanding of each other’s roles and responsibilities")
                .objective(BEST_USE_OF_RESOURCES).build(),
            undertaking("partners-understand-funding-expectations", ALL_PARTNERS, WILL, O3,
                "have a clear understanding of each other’s expectations in relation to funding,"
                    + " service specifications, payment arrangements, and monitoring and reporting"
                    + " requirements, from the start of a funding relationship")
                .objective(BEST_USE_OF_RESOURCES).build(),
            undertaking("partners-focus-on-impact", ALL_PARTNERS, COMMIT, O3,
                "have a commitment to focus on impact and outcome measurement")
                .objective(BEST_USE_OF_RESOURCES).build(),
            undertaking("partners-share-risks", ALL_PARTNERS, WILL, O3,
                "have a willingness to take and share risks")
                .objective(BEST_USE_OF_RESOURCES).build(),
            undertaking("partners-continued-dialogue", ALL_PARTNERS, WILL, O3,
                "have a continued dialogue and are flexible throughout the course of the funding"
                    + " relationship")
                .objective(BEST_USE_OF_RESOURCES).build(),
            undertaking("partners-resolve-problems", ALL_PARTNERS, WILL, O3,
                "have a willingness to share and resolve problems")
                .objective(BEST_USE_OF_RESOURCES).build(),
            undertaking("partners-share-good-practice", ALL_PARTNERS, WILL, O3,
                "learn from experience and share good practice")
                .objective(BEST_USE_OF_RESOURCES).build(),
            undertaking("partners-maximise-resources", ALL_PARTNERS, COMMIT, O3,
                "have a commitment to maximise resources coming into Sandwell")
                .objective(BEST_USE_OF_RESOURCES).build(),
            undertaking("vcs-demonstrates-value", VOLUNTARY_SECTOR, WILL, O3,
                "demonstrates value for money, quality, community impact and social value")
                .objective(BEST_USE_OF_RESOURCES).build(),
            undertaking("statutory-appropriate-funding", STATUTORY_SECTOR, WILL, O3,
                "uses the most appropriate ways of funding or supporting VCS organisations. These"
                    + " methods will include grants, contracts, training, use of premises or other"
                    + " support")
                .objective(BEST_USE_OF_RESOURCES).build(),
            undertaking("statutory-recognises-voluntary-contributions", STATUTORY_SECTOR,
                RECOGNISE, O3,
                "recognises the added value of the voluntary contributions (goodwill, time and"
                    + " money) from the VCS to the positive quality of life in Sandwell")
                .objective(BEST_USE_OF_RESOURCES).build(),
            // 4(iv) Improved communication between the VCS and statutory sector
            undertaking("partners-clear-purpose-of-communication", ALL_PARTNERS, WILL, O4,
                "are clear about the purpose of communication; informing (a one-way process), a"
                    + " dialogue (a two-way process) or consulting (where there is an opportunity"
                    + " to shape a decision)")
                .objective(IMPROVED_COMMUNICATION).build(),
            undertaking("partners-proactive-communication", ALL_PARTNERS, WILL, O4,
                "are proactive in informing, communicating with, and consulting with each other")
                .objective(IMPROVED_COMMUNICATION).build(),
            undertaking("partners-honest-exchange", ALL_PARTNERS, WILL, O4,
                "communicate in a manner that will ensure an honest exchange of information and"
                    + " views")
                .objective(IMPROVED_COMMUNICATION).build(),
            undertaking("statutory-seeks-infrastructure-guidance", STATUTORY_SECTOR, WILL, O4,
                "seeks guidance from local infrastructure organisations (SCVO or SCIPS) on how to"
                    + " communicate effectively with the VCS")
                .objective(IMPROVED_COMMUNICATION).build(),
            // Section 6: the first step of resolving a disagreement
            undertaking("settle-disagreements-directly", ALL_PARTNERS, SHOULD, S6,
                "Wherever possible such disagreements should be settled by the immediate parties"
                    + " involved.", WHERE_POSSIBLE)
                .build()))
        // Section 6, Stage 2: "Request a written response within 21 days." The response is due
        // 21 calendar days after the written enquiry or complaint that starts the stage.
        .addRules(StageTimeLimitRule.builder()
            .id("written-response-within-21-days")
            .modality(SHOULD)
            .stage(2)
            .period(TimeSpan.of(21, TimeSpanUnit.DAYS))
            .source(Citation.of("Stage 2", "Request a written response within 21 days."))
            .build())
        .addCodesOfPractice(
            code("funding", "Funding"),
            code("volunteering", "Volunteering"),
            code("capacity-building", "Capacity Building"))
        .resolution(resolution())
        .build();
  }

  private static Foreword foreword() {
    return Foreword.builder()
        .addAuthors(
            Person.builder().name("Councillor Maria Crompton")
                .position("Cabinet Member for Safer Communities").build(),
            Person.builder().name("Mark Davis").position("Chief Executive")
                .organisation("Sandwell Council of Voluntary Organisations (SCVO)").build())
        .addParagraphs(
            Citation.of(FOREWORD, "The Sandwell Compact provides a framework by which Sandwell"
                + " Council and the diverse range of voluntary groups, charities, social"
                + " enterprises and not-for-profit businesses that make up Sandwell’s Voluntary and"
                + " Community Sector (VCS) can work together effectively to achieve Vision 2030."),
            Citation.of(FOREWORD, "As funding for services and other resources become more"
                + " stretched, there is a greater need to create links with, grow and make the most"
                + " of our local assets, to find new ways of supporting people and nurturing"
                + " self-reliance, and to extend the reach of services to those who are"
                + " particularly marginalised or disadvantaged. A healthy and productive"
                + " relationship between the Council and VCS organisations which makes the most of"
                + " what Sandwell has to offer gives us reason to feel confident about improving"
                + " the prospects and quality of life for residents and meeting many of the"
                + " challenges facing the borough."),
            Citation.of(FOREWORD, "In practice, relationships between the Council and VCS"
                + " organisations happen at many levels and in many different places – from"
                + " strategic conversations at formal partnership boards to funding arrangements,"
                + " to frontline activity at neighbourhood level and everything in-between. In all"
                + " settings, the Compact goes beyond our important joint statement of intent, to"
                + " provide us with a picture of what effective collaboration looks like and how we"
                + " might address and resolve differences when one or other partner falls short of"
                + " the other’s expectations."),
            Citation.of(FOREWORD, "All Council members and employees, community members,"
                + " volunteers and VCS employees are invited to use this Compact and its Codes of"
                + " Practice. We would like to hear from you if your experience of partnership"
                + " practice is not reflecting the aims of this shared Compact and we are equally"
                + " keen to get feedback when the Compact is used effectively to improve working"
                + " together."))
        .build();
  }

  private static Objective outcome(String id, String label, String title, String statement) {
    return Objective.builder().id(id).label(label).title(title)
        .addStatements(Citation.of(label, statement)).build();
  }

  private static CodeOfPractice code(String id, String topic) {
    return CodeOfPractice.builder().id(id).topic(topic).inclusion(CodeInclusion.REFERENCED)
        .source(Citation.of(S5, topic)).build();
  }

  private static ResolutionProcedure resolution() {
    String moveOn = "If this does not resolve the issue, please move to ";
    return ResolutionProcedure.builder()
        .addScope(
            Citation.of(S6, "In working together, it is inevitable that from time to time"
                + " disagreements will arise. Disagreements are an opportunity for constructive"
                + " challenge, improvements in behaviour and change to take place."),
            Citation.of(S6, "Wherever possible such disagreements should be settled by the"
                + " immediate parties involved. The Compact principles of respect, openness and"
                + " honesty will help disagreements to be resolved professionally and speedily."),
            Citation.of(S6, "The following procedure on the resolution of disagreements is for"
                + " Compact issues only."))
        .addExclusions(Citation.of(S6,
            "It will not alter the complaints procedures of individual organisations."))
        .addStages(
            Stage.builder().number(1).name("Talk to each other")
                .addActions("Talk to each other.",
                    "Involve a third party such as SCVO or " + THIRD_PARTY_OFFICER
                        + " if you wish.",
                    "Keep a written record of discussions.")
                .addThirdParties("SCVO", THIRD_PARTY_OFFICER)
                .escalation(moveOn + "stage 2.")
                .source(Citation.of("Stage 1", "Talk to each other. Involve a third party such as"
                    + " SCVO or " + THIRD_PARTY_OFFICER + " if you wish. Keep a written record of"
                    + " discussions. " + moveOn + "stage 2."))
                .build(),
            Stage.builder().number(2).name("Submit a written enquiry or complaint")
                .addActions("Submit a written enquiry or complaint.",
                    "Involve a third party such as SCVO or " + THIRD_PARTY_OFFICER + ".",
                    "Request a written response within 21 days.")
                .addThirdParties("SCVO", THIRD_PARTY_OFFICER)
                .timeLimit(TimeSpan.of(21, TimeSpanUnit.DAYS))
                .escalation(moveOn + "Stage 3.")
                .source(Citation.of("Stage 2", "Submit a written enquiry or complaint. Involve a"
                    + " third party such as SCVO or " + THIRD_PARTY_OFFICER + ". Request a written"
                    + " response within 21 days. " + moveOn + "Stage 3."))
                .build(),
            Stage.builder().number(3)
                .name("SCVO and " + THIRD_PARTY_OFFICER + " to receive details of the"
                    + " disagreement and call a meeting of relevant people to discuss the issues"
                    + " further")
                .addActions("SCVO and " + THIRD_PARTY_OFFICER + " to receive details of the"
                    + " disagreement and call a meeting of relevant people to discuss the issues"
                    + " further.")
                .addThirdParties("SCVO", THIRD_PARTY_OFFICER)
                .escalation(moveOn + "Stage 4.")
                .source(Citation.of("Stage 3", "SCVO and " + THIRD_PARTY_OFFICER + " to receive"
                    + " details of the disagreement and call a meeting of relevant people to"
                    + " discuss the issues further. " + moveOn + "Stage 4."))
                .build(),
            Stage.builder().number(4).name("Independent mediation from an appropriate source")
                .addActions("Independent mediation from an appropriate source.")
                .addThirdParties("an appropriate source")
                .source(Citation.of("Stage 4",
                    "Independent mediation from an appropriate source."))
                .build())
        .addRecordKeeping(Citation.of("Stage 1", "Keep a written record of discussions."))
        .addExternalBodies(ExternalBody.builder()
            .id("local-government-ombudsman")
            .name("Ombudsman for Local Government")
            .contact(Contact.builder().website("www.lgo.org.uk").build())
            .source(Citation.of(S6, "Ombudsman for Local Government – www.lgo.org.uk - free"
                + " service"))
            .build())
        .build();
  }
}
