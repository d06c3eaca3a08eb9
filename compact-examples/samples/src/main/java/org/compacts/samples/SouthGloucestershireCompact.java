package org.compacts.samples;

import static org.compacts.model.Actor.ALL_PARTNERS;
import static org.compacts.model.Actor.COMMISSIONERS;
import static org.compacts.model.Actor.FUNDERS;
import static org.compacts.model.Actor.PARTY;
import static org.compacts.model.Actor.PROVIDERS;
import static org.compacts.model.Actor.STATUTORY_SECTOR;
import static org.compacts.model.Actor.VOLUNTARY_SECTOR;
import static org.compacts.model.Modality.ASPIRE;
import static org.compacts.model.Modality.COMMIT;
import static org.compacts.model.Modality.ENDEAVOUR;
import static org.compacts.model.Modality.RECOGNISE;
import static org.compacts.model.Modality.SHOULD;
import static org.compacts.model.Modality.WILL;
import static org.compacts.model.Qualifier.WHERE_APPROPRIATE;
import static org.compacts.model.Qualifier.WHERE_NEEDED;
import static org.compacts.model.Qualifier.WHERE_POSSIBLE;
import static org.compacts.samples.Elements.party;
import static org.compacts.samples.Elements.undertaking;

import java.util.List;
import org.compacts.model.BodyType;
import org.compacts.model.Citation;
import org.compacts.model.CodeInclusion;
import org.compacts.model.CodeOfPractice;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.DutyKind;
import org.compacts.model.Governance;
import org.compacts.model.GovernanceDuty;
import org.compacts.model.Objective;
import org.compacts.model.RelatedDocument;
import org.compacts.model.ResolutionProcedure;
import org.compacts.model.Section;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.FullCostRecoveryRule;

/**
 * The South Gloucestershire Compact, "The Power of Community: Keep it Local" (source:
 * {@code seeds/south-gloucestershire-compact.txt}).
 *
 * <p>Its body is three themed sections of "We ..." statements, modelled as objectives without
 * numbers; the "we" is every organisation signed up to the compact, so those undertakings are
 * all partners'. A statement in the present tense ("We collaborate at the earliest stage ...")
 * says how the partners work, and is read as {@code will}. The unheaded passage before the
 * themes speaks for the Council ("Our Council aspires to a different way"), so its two
 * undertakings name South Gloucestershire Council. The text prints no clause numbers: each
 * element cites the heading it stands under.
 */
final class SouthGloucestershireCompact {
  static final String ID = "south-gloucestershire-compact";

  private static final String NEW_COMPACT = "The new Compact";
  private static final String RESPECT = "A Culture of Respect";
  private static final String PARTNERSHIP = "Working in Partnership";
  private static final String DELIVERY = "Effective Delivery";

  private static final String RESPECT_ID = "culture-of-respect";
  private static final String PARTNERSHIP_ID = "working-in-partnership";
  private static final String DELIVERY_ID = "effective-delivery";
  private static final String COUNCIL = "south-gloucestershire-council";

  /** The first sentence of the passage that names the earlier codes. */
  private static final String UPDATES_EARLIER_CODES = "This new Compact seeks to simplify and"
      + " update the principles and codes of good practice contained in Getting it right"
      + " together², reflecting the collaborative working that has taken place between the"
      + " sectors under the Keep it Local banner, the practical experience of the collective"
      + " response to the COVID-19 pandemic and other structural changes, for example in the"
      + " local delivery of health services.";

  /** The sentence that says who oversees the compact. */
  private static final String OVERSIGHT = "Implementation of the principles of the new Compact"
      + " is overseen by a representative group of participant organisations under an"
      + " independent Chair and answerable to South Gloucestershire's Safer Stronger Communities"
      + " Strategic Partnership, a statutory partnership at which the adherents to the Compact"
      + " are also represented.";

  /** The paragraph that places the compact within the Keep it Local pledge. */
  private static final String KEEP_IT_LOCAL = "This new Compact is part of an approach to"
      + " partnership working under the framework of the Keep it Local pledge that South"
      + " Gloucestershire Council signed up to in 2019, and which is supported by the"
      + " commitments in the Council Plan and the Town and Parish Council Charter.";

  private static final String FULL_COST_RECOVERY = "Full cost recovery principles will apply"
      + " when public sector funds are provided for services, projects or programmes delivered"
      + " by VCSE organisations.";

  private SouthGloucestershireCompact() {}

  static Compact compact() {
    return Compact.builder()
        .id(ID)
        .title("The Power of Community: Keep it Local")
        .kind(CompactKind.COMPACT)
        .area("South Gloucestershire")
        .status(CompactStatus.ADOPTED)
        .addPurpose(
            Citation.of(NEW_COMPACT, "Partners in South Gloucestershire are proud of the"
                + " enduring Compact between public sector agencies and the Voluntary, Community"
                + " and Social Enterprise (VCSE) organisations working in the area. The Compact"
                + " represents a shared recognition that collaborating in partnership can more"
                + " strongly serve, represent, develop and promote the wellbeing of local people"
                + " and communities in the South Gloucestershire area."),
            Citation.of(NEW_COMPACT, "The Compact has provided a framework for both public and"
                + " VCSE sectors to recognise and respect the various roles, accountabilities, and"
                + " knowledge they bring in the service of their communities. It is intended to"
                + " ensure that even the smallest local organisations, however informal, are"
                + " recognised and valued for their work in the community."))
        .addVision(
            Citation.of(NEW_COMPACT, "We believe in the power of community. That's why we"
                + " understand the best way to tackle the challenges we face as an authority and"
                + " create transformative local services for our residents is to Keep it Local."),
            Citation.of(NEW_COMPACT, "In doing so, we can use public resources to invest in the"
                + " local economy and support community capacity; and provide services which"
                + " intervene early to reduce long-term costs and drive down pressures on our"
                + " public services."))
        .addObjectives(
            theme(RESPECT_ID, RESPECT),
            theme(PARTNERSHIP_ID, PARTNERSHIP),
            theme(DELIVERY_ID, DELIVERY))
        .addSections(Section.builder().id("the-new-compact").heading(NEW_COMPACT)
            .addParagraphs(Citation.of(NEW_COMPACT, "The signatories to the new Compact include"
                + " the whole range of public sector bodies operating in the area, including the"
                + " Town and Parish Councils, and a number of VCSE organisations that represent"
                + " that sector, who also recognise that often the hyper-local neighbourhood"
                + " initiatives are the most effective at articulating and responding to the"
                + " communities' needs."))
            .build())
        // "Organisations that are signed up to the new Compact", in the two sector lists as
        // printed. Body types are our reading of each name.
        .addParties(
            party(COUNCIL, "South Gloucestershire Council", Sector.PUBLIC,
                BodyType.LOCAL_AUTHORITY),
            party("south-gloucestershire-locality-partnership",
                "South Gloucestershire Locality Partnership", Sector.PUBLIC, BodyType.PARTNERSHIP),
            party("avon-and-somerset-police", "Avon and Somerset Police", Sector.PUBLIC,
                BodyType.POLICE),
            party("office-of-the-police-and-crime-commissioner",
                "Office of the Police and Crime Commissioner", Sector.PUBLIC, BodyType.POLICE),
            party("town-and-parish-councils", "Town and Parish Councils through the T&PC Forum",
                Sector.PUBLIC, BodyType.LOCAL_AUTHORITY),
            party("avon-local-councils-association", "Avon Local Councils Association",
                Sector.PUBLIC, BodyType.ASSOCIATION_OF_COUNCILS),
            party("avon-fire-and-rescue-service", "Avon Fire and Rescue Service", Sector.PUBLIC,
                BodyType.FIRE_AND_RESCUE),
            party("cvs-south-gloucestershire", "CVS South Gloucestershire",
                Sector.VOLUNTARY_COMMUNITY, BodyType.INFRASTRUCTURE_BODY),
            party("the-care-forum", "The Care Forum", Sector.VOLUNTARY_COMMUNITY,
                BodyType.VOLUNTARY_ORGANISATION),
            party("southern-brooks", "Southern Brooks", Sector.VOLUNTARY_COMMUNITY,
                BodyType.VOLUNTARY_ORGANISATION))
        .addAllUndertakings(List.of(
            // The Council's own Keep it Local commitments.
            undertaking("council-harnesses-local-potential", PARTY, WILL, NEW_COMPACT,
                "This means we will work to harness the local potential that exists in our"
                    + " town/area, by building strong local partnerships, sharing power and"
                    + " maximising local strengths.")
                .party(COUNCIL).build(),
            undertaking("council-aspires-to-keep-it-local", PARTY, ASPIRE, NEW_COMPACT,
                "Recent years have seen a trend towards outsourcing services at scale, which has"
                    + " crowded out local community organisations. Our Council aspires to a"
                    + " different way: to Keep it Local.")
                .party(COUNCIL).build(),
            // A Culture of Respect
            undertaking("recognise-distinct-roles", ALL_PARTNERS, RECOGNISE, RESPECT,
                "We recognise the distinctiveness of all our organisations and that we all have"
                    + " legitimate roles in the communities we serve with different approaches"
                    + " and associated timescales to decision-making.")
                .objective(RESPECT_ID).build(),
            undertaking("respect-expertise", ALL_PARTNERS, RECOGNISE, RESPECT,
                "We respect the expertise, knowledge and dedication of individuals and value"
                    + " diverse perspectives.")
                .objective(RESPECT_ID).build(),
            undertaking("engage-all-sections-of-community", ALL_PARTNERS, COMMIT, RESPECT,
                "We undertake to engage with and understand the views of all sections of the"
                    + " community by fair, open and accessible communication and consultation.")
                .objective(RESPECT_ID).build(),
            undertaking("understand-resource-pressure", ALL_PARTNERS, RECOGNISE, RESPECT,
                "We understand that resources are under pressure in all sectors and that mutual"
                    + " co-operation and sharing can make best use of available funds.")
                .objective(RESPECT_ID).build(),
            undertaking("interact-honestly", ALL_PARTNERS, WILL, RESPECT,
                "We interact with partners honestly and challenge each other respectfully"
                    + " recognising that leadership and power are shared for the benefit of the"
                    + " community.")
                .objective(RESPECT_ID).build(),
            undertaking("embed-mutual-respect", ALL_PARTNERS, WILL, RESPECT,
                "We work and learn together to embed the culture of mutual respect in our"
                    + " organisations.")
                .objective(RESPECT_ID).build(),
            // Working in Partnership
            undertaking("grow-resilient-vcse-sector", ALL_PARTNERS, ASPIRE, PARTNERSHIP,
                "We aim to grow a flexible, well-governed, resilient and self-sustaining VCSE"
                    + " sector that serves the community long-term and is responsive to future"
                    + " shocks and expectations.")
                .objective(PARTNERSHIP_ID).build(),
            undertaking("collaborate-early", ALL_PARTNERS, WILL, PARTNERSHIP,
                "We collaborate at the earliest stage in the shaping of services, policies,"
                    + " programmes and strategies bringing in expertise and views from relevant"
                    + " perspectives.")
                .objective(PARTNERSHIP_ID).build(),
            undertaking("ensure-vcse-voice-heard", ALL_PARTNERS, WILL, PARTNERSHIP,
                "We expect and ensure that the voice of the VCSE, in all its diversity of type and"
                    + " scale, is heard at all levels in the shaping and implementation of policies,"
                    + " programmes, projects and initiatives.")
                .objective(PARTNERSHIP_ID).build(),
            undertaking("well-planned-consultation", ALL_PARTNERS, WILL, PARTNERSHIP,
                "We respect the principles of well-planned and effective consultation, ensuring"
                    + " that methods and timetables of engagement are respectful of VCSE capacity"
                    + " and sufficient to give relevant stakeholders voice and influence.")
                .objective(PARTNERSHIP_ID).build(),
            undertaking("recognise-need-for-support-to-participate", ALL_PARTNERS, RECOGNISE,
                PARTNERSHIP,
                "We recognise that all VCSE organisations, large and small, may need additional"
                    + " resources and support to participate effectively in co-production and"
                    + " shaping public sector services, policies, programmes and strategies.")
                .objective(PARTNERSHIP_ID).build(),
            undertaking("know-collaboration-works-without-competition", ALL_PARTNERS, RECOGNISE,
                PARTNERSHIP,
                "We know that collaboration works most effectively in a non-competitive"
                    + " environment;")
                .objective(PARTNERSHIP_ID).build(),
            undertaking("support-collaborative-partnerships", ALL_PARTNERS, WILL, PARTNERSHIP,
                "VCSE organisations will be supported to form collaborative partnerships where it"
                    + " will bring strength and capacity in serving neighbourhoods or community"
                    + " needs.")
                .objective(PARTNERSHIP_ID).build(),
            undertaking("share-learning", ALL_PARTNERS, WILL, PARTNERSHIP,
                "The learning from partnership working at all levels will be shared and used to"
                    + " make continuous improvement.")
                .objective(PARTNERSHIP_ID).build(),
            // Effective Delivery
            undertaking("recognise-local-understanding", ALL_PARTNERS, RECOGNISE, DELIVERY,
                "We recognise that understanding of communities and their needs sits most often"
                    + " with voluntary, community and social enterprise organisations operating"
                    + " locally, sometimes at a very local and informal level.")
                .objective(DELIVERY_ID).build(),
            undertaking("keep-it-local-commissioning", COMMISSIONERS, WILL, DELIVERY,
                "Keep it Local commissioning – local by default – will harness this strength.")
                .objective(DELIVERY_ID).build(),
            undertaking("proportionate-application-process", FUNDERS, WILL, DELIVERY,
                "Where funding is awarded to VCSE groups the application process and contractual"
                    + " terms and conditions will be proportionate to the scale of the project or"
                    + " commission.")
                .objective(DELIVERY_ID).build(),
            undertaking("commission-collaboratively", FUNDERS, ENDEAVOUR, DELIVERY,
                "Public sector funders will seek to optimise their investments by commissioning"
                    + " collaboratively on shared understandings of needs, including by supporting"
                    + " leverage of external funding sources where possible.", WHERE_POSSIBLE)
                .objective(DELIVERY_ID).build(),
            undertaking("full-cost-recovery", FUNDERS, WILL, DELIVERY, FULL_COST_RECOVERY)
                .objective(DELIVERY_ID).build(),
            // "VCSE organisations should be invested in": the text names no investor; funders
            // are our reading.
            undertaking("invest-in-quality-jobs-and-volunteering", FUNDERS, SHOULD, DELIVERY,
                "Good VCSE delivery requires that jobs and volunteering opportunities are of high"
                    + " quality and VCSE organisations should be invested in to help ensure this.")
                .objective(DELIVERY_ID).build(),
            undertaking("adhere-to-cvs-quality-standards", VOLUNTARY_SECTOR, SHOULD, DELIVERY,
                "VCSE organisations will be expected to adhere to the CVS quality standards, as"
                    + " appropriate to the size and maturity of their organisation, when seeking"
                    + " funding from public sector organisations.", WHERE_APPROPRIATE)
                .objective(DELIVERY_ID).build(),
            undertaking("respond-to-information-requests", PROVIDERS, WILL, DELIVERY,
                "Funded organisations will respond in a timely way to reasonable and planned"
                    + " requests for information and reports to funders")
                .objective(DELIVERY_ID).build(),
            undertaking("support-monitoring", STATUTORY_SECTOR, WILL, DELIVERY,
                "and statutory organisations will, where needed, offer support and advice on"
                    + " methods of collection and monitoring.", WHERE_NEEDED)
                .objective(DELIVERY_ID).build(),
            undertaking("share-delivery-outcomes", ALL_PARTNERS, WILL, DELIVERY,
                "The outcomes of service, project or programme delivery will be shared"
                    + " collaboratively with the relevant partners so that future service design"
                    + " can benefit from lessons learned.")
                .objective(DELIVERY_ID).build()))
        // "when public sector funds are provided for services, projects or programmes": the
        // text names no arrangement; we read it as both contracts and grants.
        .addRules(FullCostRecoveryRule.builder()
            .id("full-cost-recovery")
            .modality(WILL)
            .addArrangements(Arrangement.CONTRACT, Arrangement.GRANT)
            .recipient(Sector.VOLUNTARY_COMMUNITY)
            .source(Citation.of(DELIVERY, FULL_COST_RECOVERY))
            .build())
        .addCodesOfPractice(CodeOfPractice.builder()
            .id("getting-it-right-together")
            .topic("codes of good practice contained in Getting it right together")
            .inclusion(CodeInclusion.REFERENCED)
            .source(Citation.of(NEW_COMPACT, UPDATES_EARLIER_CODES))
            .build())
        .resolution(ResolutionProcedure.builder()
            .addScope(
                Citation.of(RESPECT, "Mutual respect and collaboration should mean that disputes"
                    + " and conflicts do not arise or are addressed openly through discussion."),
                Citation.of(RESPECT, "Complaints procedures are available as a last resort."))
            .build())
        .governance(Governance.builder()
            .overseenBy("a representative group of participant organisations under an"
                + " independent Chair")
            .addDuties(GovernanceDuty.builder()
                .id("oversight-of-implementation")
                .kind(DutyKind.OVERSIGHT)
                .source(Citation.of(NEW_COMPACT, OVERSIGHT))
                .build())
            .build())
        .addRelatedDocuments(
            RelatedDocument.builder().id("getting-it-right-together")
                .title("Getting it right together").relation("simplifies and updates")
                .source(Citation.of(NEW_COMPACT, UPDATES_EARLIER_CODES)).build(),
            RelatedDocument.builder().id("keep-it-local-pledge").title("Keep it Local pledge")
                .relation("is part of an approach under the framework of")
                .source(Citation.of(NEW_COMPACT, KEEP_IT_LOCAL)).build(),
            RelatedDocument.builder().id("council-plan").title("Council Plan")
                .relation("is supported by the commitments in")
                .source(Citation.of(NEW_COMPACT, KEEP_IT_LOCAL)).build(),
            RelatedDocument.builder().id("town-and-parish-council-charter")
                .title("Town and Parish Council Charter")
                .relation("is supported by the commitments in")
                .source(Citation.of(NEW_COMPACT, KEEP_IT_LOCAL)).build(),
            RelatedDocument.builder().id("cvs-quality-standards").title("CVS quality standards")
                .relation("VCSE organisations seeking public funding are expected to adhere to")
                .source(Citation.of(DELIVERY, "VCSE organisations will be expected to adhere to"
                    + " the CVS quality standards, as appropriate to the size and maturity of their"
                    + " organisation, when seeking funding from public sector organisations."))
                .build())
        .build();
  }

  private static Objective theme(String id, String title) {
    return Objective.builder().id(id).title(title).build();
  }
}
