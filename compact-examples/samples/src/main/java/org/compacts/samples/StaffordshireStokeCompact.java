package org.compacts.samples;

import java.util.ArrayList;
import java.util.List;
import org.compacts.model.Actor;
import org.compacts.model.BodyType;
import org.compacts.model.Citation;
import org.compacts.model.CommitmentForm;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.DutyKind;
import org.compacts.model.Governance;
import org.compacts.model.GovernanceDuty;
import org.compacts.model.Modality;
import org.compacts.model.Party;
import org.compacts.model.Qualifier;
import org.compacts.model.RelatedDocument;
import org.compacts.model.Section;
import org.compacts.model.Sector;
import org.compacts.model.SectorDefinition;
import org.compacts.model.Undertaking;
import org.compacts.model.YearRange;
import org.compacts.rules.Arrangement;
import org.compacts.rules.ConsultationFeedbackRule;
import org.compacts.rules.Exemption;
import org.compacts.rules.MinimumConsultationRule;
import org.compacts.rules.MinimumTermRule;
import org.compacts.rules.RecurrenceRule;
import org.compacts.rules.Rule;
import org.compacts.rules.StageTimeLimitRule;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;

/**
 * The draft Staffordshire and Stoke on Trent Compact 2014&ndash;2018 (source:
 * {@code seeds/staffordshire-stoke-compact-2014-2018.txt}), clause by clause.
 *
 * <p>Clauses are cited as printed: an objective by its number, a principle by its bold title,
 * a stage as "Stage Two", anything else by the heading it stands under. Texts are verbatim,
 * with whitespace, bullets and emphasis normalised; a paragraph split across a page break is
 * joined with one space. The objectives, their principles and undertakings are in
 * {@link StaffordshireStokeObjectives}, the resolution procedure in
 * {@link StaffordshireStokeResolution}.
 */
final class StaffordshireStokeCompact {
  static final String ID = "staffordshire-stoke-compact-2014";

  private static final String VISION = "Vision of the Staffordshire and Stoke on Trent Compact";
  private static final String WHAT_IS = "What is the Staffordshire and Stoke on Trent Compact?";
  private static final String PARTNERS = "The partners to the Staffordshire Compact";
  private static final String POLICY_CONTEXT =
      "The changing policy context in which the Compact works";
  private static final String WAYS_OF_WORKING =
      "Compact objectives, principles and ways of working";
  private static final String GOVERNANCE = "Promotion of the Compact and Governance";
  private static final String PROCESS = StaffordshireStokeResolution.PROCESS;
  private static final String AGREEMENT = "The Staffordshire and Stoke on Trent Compact Agreement";

  private static final String QUARTERLY_MEETING = "Partners are represented at a quarterly"
      + " Compact meeting to discuss and reflect on issues affecting the relationship.";
  private static final String OVERSIGHT = "The meeting will report into the Staffordshire"
      + " Strategic Partnership which will hold ultimate responsibility for the success of the new"
      + " Compact";
  private static final String ANNUAL_REPORT = "An annual report is produced on the state of the"
      + " relationship between the VCS, private and public sector partners and the effectiveness"
      + " of this relationship in supporting cross sector collaboration.";
  private static final String CHAMPION = "All partners that have signed up to the Staffordshire"
      + " Compact will identify a Compact Champion who will be responsible for ensuring that:";
  private static final String PLAN = "A Compact Implementation Plan is produced which sets out"
      + " activities that each partner will deliver to fulfil this Compact";
  private static final String PROMOTION = "The Compact is promoted on partner web sites and"
      + " staff intranets where applicable";
  private static final String REFERENCE =
      "Reference to Compact principles is made when working across sectors";

  private StaffordshireStokeCompact() {}

  /**
   * The compact.
   *
   * @return the Staffordshire and Stoke on Trent Compact 2014&ndash;2018, a draft
   */
  static Compact compact() {
    return Compact.builder()
        .id(ID)
        .title("Staffordshire and Stoke on Trent Compact 2014 -2018")
        .kind(CompactKind.COMPACT)
        .area("Staffordshire and Stoke on Trent")
        // The last line of the text reads "Draft".
        .status(CompactStatus.DRAFT)
        .period(YearRange.of(2014, 2018))
        .addVision(Citation.of(VISION, "For the public, private and Voluntary and Community"
            + " Sectors (VCS) to work together in partnership to better understand, support and"
            + " meet the needs of individuals, families and communities in Staffordshire and"
            + " Stoke on Trent."))
        .addLegalStanding(Citation.of(WHAT_IS, "The Staffordshire Compact is a voluntary,"
            + " written agreement to cross sector working to support our vision. It has no legal"
            + " powers, but its signatories have pledged to adhere to its principles and to"
            + " challenge each other to fulfil them. There is recognition by every partner that"
            + " there are clear benefits to our communities across the county and city through"
            + " all partners signing up to the agreement and that future strategic planning,"
            + " decision making and commissioning/funding will improve as a result."))
        .addPurpose(Citation.of(WHAT_IS, "This Compact sets out how public, private and VCS"
            + " organisations in the county and city will achieve more for local people by"
            + " working better together. We will improve the relationships between ourselves by"
            + " meeting the principles and commitments set out in this Compact and by following"
            + " clear procedures to tackle the issues we face."))
        .addAllSections(sections())
        .addAllParties(parties())
        .addAllSectorDefinitions(sectorDefinitions())
        .addAllObjectives(StaffordshireStokeObjectives.objectives())
        .addAllPrinciples(StaffordshireStokeObjectives.principles())
        .addAllUndertakings(undertakings())
        .addAllRules(rules())
        .resolution(StaffordshireStokeResolution.procedure())
        .governance(governance())
        .commitmentForm(commitmentForm())
        .addAllRelatedDocuments(relatedDocuments())
        .build();
  }

  private static List<Section> sections() {
    return List.of(
        section("expected-improvements", WHAT_IS,
            "This Compact looks to the future. It gives us the opportunity to work together"
                + " fairly, to bring about positive change in Staffordshire and Stoke on Trent."
                + " Within four years, we expect to have significantly improved relationships"
                + " between the public, private and VCS sectors in the county and across the city,"
                + " and in particular to see:",
            "better communication between sectors",
            "better consultation processes and procedures",
            "the sectors planning and developing policies together",
            "improved funding arrangements and procedures",
            "each sector sharing information more efficiently and",
            "services delivered in new ways"),
        section("changing-policy-context", POLICY_CONTEXT,
            "All partners to this Compact are facing significant financial pressure and demands"
                + " to deliver more for less resource. Subsequently, all sectors have changed how"
                + " they work, how they are structured and what their priorities will be. The"
                + " signatories to the Compact believe that by working together, in partnership,"
                + " sustainable solutions to the challenges can be found and implemented and that"
                + " the needs of local communities can be better met. This includes better"
                + " commissioning to meet local needs, better consultation and better planning."
                + " There is also an emphasis on enabling local communities to respond to local"
                + " needs, as well as greater personal responsibility amongst individuals and"
                + " families to do more for themselves.",
            "Within this changing policy landscape, the independence of the VCS is recognised by"
                + " all partners to the Compact. All VCS organisations work to their own"
                + " strategies and operational plans that are determined by their Boards and"
                + " Management Committees. They raise income from a variety of statutory and"
                + " non-statutory sources across the county, as well as from national and"
                + " international sources; the vast majority of community organisations receive no"
                + " financial support from public bodies. Many VCS organisations are not service"
                + " providers and do not want to be. Some play an important campaigning,"
                + " influencing and advocacy role. Others provide infrastructure support to the"
                + " voluntary and community sector. Others only provide support to their members."
                + " Compact partners acknowledge the right of these organisations to exist and"
                + " commit not to deliberately take actions that undermine their viability.",
            "To maintain its independence and meet the needs of its beneficiaries and users, the"
                + " VCS will need to review its funding relationships with the public sector. This"
                + " may mean diversifying, gaining funding from new sources, reviewing charging for"
                + " services, working together in joint ventures and raising money from members or"
                + " communities."),
        // The numbered list keeps the wording of objective 4 as listed ("the individuals"),
        // which differs from objective 4's own heading ("people").
        section("objectives-principles-and-ways-of-working", WAYS_OF_WORKING,
            "We see this Compact as an effective way of creating a collaborative environment"
                + " within which all partners understand how together we can meet these"
                + " challenges. We agree to a set of principles including openness, transparency,"
                + " independence, fairness and clarity of systems and processes to ensure good"
                + " decision making including funding/commissioning decisions that underpin our"
                + " objectives. This Compact recognises that the different perspectives, ideas,"
                + " opinions, histories, knowledge and culture that partners bring adds strength in"
                + " helping deliver our vision.",
            "This revised Compact provides a foundation for the ongoing relationship between the"
                + " VCS, private and public sectors whilst recognising the challenges faced by all"
                + " partners. The new Compact will provide key principles and ways of working that"
                + " all partners will use to underpin their partnership working. These principles"
                + " and approaches fall under four objectives that will ensure that the"
                + " relationship between partners is closely linked to support local strategic"
                + " priorities. The objectives are:",
            "1. Developing effective services for Staffordshire communities",
            "2. Building and developing the market place and supporting greater cross sector"
                + " collaboration",
            "3. Building, developing and connecting community resources and assets",
            "4. Developing the role of the individuals, families and communities",
            "The principles and approaches are highlighted in bold and italicised."));
  }

  private static Section section(String id, String heading, String... paragraphs) {
    Section.Builder section = Section.builder().id(id).heading(heading);
    for (String paragraph : paragraphs) {
      section.addParagraphs(Citation.of(heading, paragraph));
    }
    return section.build();
  }

  private static List<Party> parties() {
    return List.of(
        party("staffordshire-county-council", "Staffordshire County Council", Sector.PUBLIC,
            BodyType.LOCAL_AUTHORITY),
        party("stoke-on-trent-city-council", "Stoke on Trent City Council", Sector.PUBLIC,
            BodyType.LOCAL_AUTHORITY),
        // The plural "Councils" is as printed.
        party("cannock-chase-district-council", "Cannock Chase District Councils", Sector.PUBLIC,
            BodyType.LOCAL_AUTHORITY),
        party("east-staffordshire-borough-council", "East Staffordshire Borough Council",
            Sector.PUBLIC, BodyType.LOCAL_AUTHORITY),
        party("lichfield-district-council", "Lichfield District Council", Sector.PUBLIC,
            BodyType.LOCAL_AUTHORITY),
        party("newcastle-borough-council", "Newcastle Borough Council", Sector.PUBLIC,
            BodyType.LOCAL_AUTHORITY),
        party("south-staffordshire-district-council", "South Staffordshire District Council",
            Sector.PUBLIC, BodyType.LOCAL_AUTHORITY),
        party("stafford-borough-council", "Stafford Borough Council", Sector.PUBLIC,
            BodyType.LOCAL_AUTHORITY),
        party("staffordshire-moorlands-district-council",
            "Staffordshire Moorlands District Council", Sector.PUBLIC, BodyType.LOCAL_AUTHORITY),
        party("tamworth-borough-council", "Tamworth Borough Council", Sector.PUBLIC,
            BodyType.LOCAL_AUTHORITY),
        party("east-staffordshire-ccg", "East Staffordshire CCG", Sector.PUBLIC,
            BodyType.NHS_BODY),
        party("north-staffordshire-ccg", "North Staffordshire CCG", Sector.PUBLIC,
            BodyType.NHS_BODY),
        party("south-east-staffs-and-seisdon-peninsula-ccg",
            "South East Staffs and Seisdon Peninsula CCG", Sector.PUBLIC, BodyType.NHS_BODY),
        party("stafford-and-surrounds-ccg", "Stafford and Surrounds CCG", Sector.PUBLIC,
            BodyType.NHS_BODY),
        party("cannock-chase-ccg", "Cannock Chase CCG", Sector.PUBLIC, BodyType.NHS_BODY),
        party("stoke-on-trent-ccg", "Stoke on Trent CCG", Sector.PUBLIC, BodyType.NHS_BODY),
        party("staffordshire-police-and-crime-commissioner",
            "Staffordshire Police and Crime Commissioner", Sector.PUBLIC, BodyType.POLICE),
        // Interpretation: the text counts a Local Enterprise Partnership among the "key, public
        // decision making bodies" (principle "Representation"), so both are public partners.
        party("stoke-on-trent-and-staffordshire-lep",
            "Stoke on Trent and Staffordshire Local Enterprise Partnership", Sector.PUBLIC,
            BodyType.PARTNERSHIP),
        party("greater-birmingham-and-solihull-lep",
            "Greater Birmingham and Solihull Local Enterprise Partnership", Sector.PUBLIC,
            BodyType.PARTNERSHIP),
        party("staffordshire-chambers-of-commerce", "Staffordshire Chambers of Commerce",
            Sector.PRIVATE, BodyType.BUSINESS_ASSOCIATION),
        party("stoke-on-trent-and-staffordshire-fire-and-rescue-authority",
            "Stoke on Trent and Staffordshire Fire and Rescue Authority", Sector.PUBLIC,
            BodyType.FIRE_AND_RESCUE),
        // Interpretation: an association of parish councils, which are local authorities; the
        // text's public sector "includes local authorities".
        party("staffordshire-parish-councils-association",
            "Staffordshire Parish Councils Association", Sector.PUBLIC,
            BodyType.ASSOCIATION_OF_COUNCILS),
        // Voluntary Action Stoke-on-Trent, the city's council for voluntary service.
        party("vast", "VAST", Sector.VOLUNTARY_COMMUNITY, BodyType.INFRASTRUCTURE_BODY));
  }

  private static Party party(String id, String name, Sector sector, BodyType bodyType) {
    return Party.builder().id(id).name(name).sector(sector).bodyType(bodyType).build();
  }

  private static List<SectorDefinition> sectorDefinitions() {
    return List.of(
        sectorDefinition(Sector.PUBLIC, "The public sector includes local authorities such as"
            + " the district and borough, city and county councils, as well as agencies such as"
            + " the NHS and the police, the Fire and Rescue Service, etc."),
        sectorDefinition(Sector.VOLUNTARY_COMMUNITY, "The Voluntary and Community Sector (VCS)"
            + " includes registered and unregistered charities, voluntary and community groups,"
            + " social enterprises, faith organisations, community interest companies, housing"
            + " associations and mutuals and co-operatives of all sizes."),
        sectorDefinition(Sector.PRIVATE, "The private sector is made up of private businesses"
            + " predominantly concerned with economic growth and profit. One of the ways that"
            + " businesses will be judged to be successful or not in the future is their"
            + " connection to society whether that be through enacting Corporate Social"
            + " Responsibility or, in a broader sense, by engaging with and being part of the"
            + " communities in which the business trades and employs people. Signing this Compact"
            + " is a commitment by the private sector to working together with the VCS and public"
            + " sector to enhance local communities, engage their workforce and seek to increase"
            + " the profitability of their business."));
  }

  private static SectorDefinition sectorDefinition(Sector sector, String text) {
    return SectorDefinition.builder().sector(sector).source(Citation.of(PARTNERS, text)).build();
  }

  /** The undertakings in source order: narrative sections, objectives, governance, process. */
  private static List<Undertaking> undertakings() {
    List<Undertaking> undertakings = new ArrayList<>();
    undertakings.add(undertaking("recognise-vcs-independence", Actor.ALL_PARTNERS,
        Modality.RECOGNISE, POLICY_CONTEXT, "Within this changing policy landscape, the"
            + " independence of the VCS is recognised by all partners to the Compact."));
    undertakings.add(undertaking("not-undermine-vcs-viability", Actor.ALL_PARTNERS,
        Modality.COMMIT, POLICY_CONTEXT, "Compact partners acknowledge the right of these"
            + " organisations to exist and commit not to deliberately take actions that undermine"
            + " their viability."));
    undertakings.add(undertaking("agree-a-set-of-principles", Actor.ALL_PARTNERS,
        Modality.COMMIT, WAYS_OF_WORKING, "We agree to a set of principles including openness,"
            + " transparency, independence, fairness and clarity of systems and processes to"
            + " ensure good decision making including funding/commissioning decisions that"
            + " underpin our objectives."));
    undertakings.addAll(StaffordshireStokeObjectives.undertakings());
    // Each partner's Compact Champion is responsible for the items that follow, so each item
    // is also an undertaking of all partners.
    undertakings.add(undertaking("identify-a-compact-champion", Actor.ALL_PARTNERS,
        Modality.WILL, GOVERNANCE, CHAMPION));
    undertakings.add(undertaking("produce-an-implementation-plan", Actor.ALL_PARTNERS,
        Modality.WILL, GOVERNANCE, PLAN));
    undertakings.add(undertaking("promote-the-compact", Actor.ALL_PARTNERS, Modality.WILL,
        GOVERNANCE, PROMOTION, Qualifier.WHERE_APPLICABLE));
    undertakings.add(undertaking("refer-to-compact-principles", Actor.ALL_PARTNERS,
        Modality.WILL, GOVERNANCE, REFERENCE));
    undertakings.add(undertaking("attend-the-quarterly-meeting", Actor.ALL_PARTNERS,
        Modality.WILL, GOVERNANCE, QUARTERLY_MEETING));
    undertakings.add(undertaking("produce-an-annual-report", Actor.ALL_PARTNERS, Modality.WILL,
        GOVERNANCE, ANNUAL_REPORT));
    undertakings.add(undertaking("keep-personal-details-confidential", Actor.ALL_PARTNERS,
        Modality.WILL, PROCESS, "Furthermore, we can use this information to help us review our"
            + " effectiveness, and will ensure all personal details remain confidential."));
    return undertakings;
  }

  private static Undertaking undertaking(String id, Actor actor, Modality modality,
      String clause, String text, Qualifier... qualifiers) {
    return Undertaking.builder()
        .id(id)
        .actor(actor)
        .modality(modality)
        .addQualifiers(qualifiers)
        .source(Citation.of(clause, text))
        .build();
  }

  /** The quantified rules, in the order the text states them. */
  private static List<Rule> rules() {
    Citation consultation = Citation.of("Consultation", StaffordshireStokeObjectives.CONSULTATION);
    return List.of(
        // Interpretation: the commissioners who award contracts are the public sector's.
        MinimumTermRule.builder()
            .id("contracts-of-three-years-or-more")
            .modality(Modality.ENDEAVOUR)
            .period(TimeSpan.of(3, TimeSpanUnit.YEARS))
            .addArrangements(Arrangement.CONTRACT)
            .awardedBy(Sector.PUBLIC)
            .source(Citation.of("Sustainability", StaffordshireStokeObjectives.LONGER_CONTRACTS))
            .build(),
        // Interpretation: "(where legally possible)" is the legally-constrained exemption.
        MinimumConsultationRule.builder()
            .id("twelve-week-consultation")
            .modality(Modality.WILL)
            .period(TimeSpan.of(12, TimeSpanUnit.WEEKS))
            .by(Sector.PUBLIC)
            .addAffecting(Sector.VOLUNTARY_COMMUNITY, Sector.PRIVATE)
            .addExemptions(Exemption.LEGALLY_CONSTRAINED)
            .source(consultation)
            .build(),
        ConsultationFeedbackRule.builder()
            .id("consultation-feedback")
            .modality(Modality.WILL)
            .by(Sector.PUBLIC)
            .addAffecting(Sector.VOLUNTARY_COMMUNITY, Sector.PRIVATE)
            .source(consultation)
            .build(),
        // Interpretation: "quarterly" is at least one meeting in every three months.
        RecurrenceRule.builder()
            .id("quarterly-compact-meeting")
            .modality(Modality.WILL)
            .activity("compact-meeting")
            .period(TimeSpan.of(3, TimeSpanUnit.MONTHS))
            .source(Citation.of(GOVERNANCE, QUARTERLY_MEETING))
            .build(),
        RecurrenceRule.builder()
            .id("annual-report")
            .modality(Modality.WILL)
            .activity("annual-report")
            .period(TimeSpan.of(1, TimeSpanUnit.YEARS))
            .source(Citation.of(GOVERNANCE, ANNUAL_REPORT))
            .build(),
        // Interpretation: "initial contact" is the contact with the Working Group that opens
        // Stage Two, so the six weeks run from the day the stage starts.
        StageTimeLimitRule.builder()
            .id("stage-two-within-six-weeks")
            .modality(Modality.SHOULD)
            .stage(2)
            .period(TimeSpan.of(6, TimeSpanUnit.WEEKS))
            .source(Citation.of("Stage Two", StaffordshireStokeResolution.SIX_WEEKS))
            .build());
  }

  private static Governance governance() {
    return Governance.builder()
        .overseenBy("Staffordshire Strategic Partnership")
        .addStatements(Citation.of(GOVERNANCE, OVERSIGHT))
        .addDuties(duty("compact-champion", DutyKind.CHAMPION, CHAMPION))
        .addDuties(duty("implementation-plan", DutyKind.IMPLEMENTATION_PLAN, PLAN))
        .addDuties(duty("promotion", DutyKind.PROMOTION, PROMOTION))
        .addDuties(duty("reference-to-principles", DutyKind.OTHER, REFERENCE))
        .addDuties(GovernanceDuty.builder()
            .id("quarterly-meeting")
            .kind(DutyKind.MEETING)
            .every(TimeSpan.of(3, TimeSpanUnit.MONTHS))
            .activity("compact-meeting")
            .source(Citation.of(GOVERNANCE, QUARTERLY_MEETING + " At the meetings the focus will"
                + " be on what partners have done or can provide to evidence support of the"
                + " Compact. " + OVERSIGHT))
            .build())
        .addDuties(GovernanceDuty.builder()
            .id("annual-report")
            .kind(DutyKind.REPORT)
            .every(TimeSpan.of(1, TimeSpanUnit.YEARS))
            .activity("annual-report")
            .source(Citation.of(GOVERNANCE, ANNUAL_REPORT))
            .build())
        .addDuties(duty("strategic-partnership-oversight", DutyKind.OVERSIGHT, OVERSIGHT))
        .build();
  }

  private static GovernanceDuty duty(String id, DutyKind kind, String text) {
    return GovernanceDuty.builder()
        .id(id)
        .kind(kind)
        .source(Citation.of(GOVERNANCE, text))
        .build();
  }

  private static CommitmentForm commitmentForm() {
    CommitmentForm.Builder form = CommitmentForm.builder().title(AGREEMENT);
    for (String statement : List.of(
        "Supports the principles and ways of working of the Compact and its supporting documents",
        "Will use them as a framework for reflecting on and adapting its practices and"
            + " behaviours",
        "Aims to create a more open, equal and constructive working relationship between the"
            + " public sector, the private sector and Voluntary and Community Sector in"
            + " Staffordshire and Stoke on Trent",
        "Will promote Compact principles and develop better communication between the VCS,"
            + " public and private sectors in the city and county")) {
      form.addStatements(Citation.of(AGREEMENT, statement));
    }
    return form.addFields("Signature", "Name", "Organisation", "Position in organisation", "Date")
        .build();
  }

  private static List<RelatedDocument> relatedDocuments() {
    return List.of(
        RelatedDocument.builder()
            .id("social-value-act")
            .title("Social Value Act")
            .relation("refers to")
            .source(Citation.of("Using the Social Value Act", "All partners will commit to"
                + " ensuring that the principles of the Social Value Act are adopted and are"
                + " implicit within all commissioning and procurement exercises used by public"
                + " bodies."))
            .build(),
        RelatedDocument.builder()
            .id("compact-accountability-and-transparency-guide")
            .title("Compact Accountability and Transparency Guide")
            .relation("refers to")
            .location("the About Compact section of the Compact Voice website")
            .source(Citation.of(PROCESS, "The Compact Accountability and Transparency Guide is"
                + " also available from the About Compact section of the Compact Voice website."
                + " It outlines steps to follow at a national level."))
            .build());
  }
}
