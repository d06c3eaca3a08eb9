package org.compacts.samples;

import java.util.List;
import org.compacts.model.Actor;
import org.compacts.model.Citation;
import org.compacts.model.Modality;
import org.compacts.model.Objective;
import org.compacts.model.Principle;
import org.compacts.model.Qualifier;
import org.compacts.model.Undertaking;

/**
 * The four objectives of the Staffordshire and Stoke on Trent Compact 2014&ndash;2018, the
 * principles printed in bold under each, and the undertakings their sentences give.
 *
 * <p>A principle cites its bold title as its clause and its whole bullet, with any paragraph
 * that runs on from it, as its words; an undertaking cites the same clause and quotes the one
 * sentence it classifies. An objective's own statements cite its number. Where a sentence names two actors ("the VCS and
 * the private sector"), it gives one undertaking per actor, both quoting the same words.
 */
final class StaffordshireStokeObjectives {
  static final String SERVICES = "effective-services";
  static final String MARKET = "market-place";
  static final String RESOURCES = "community-resources";
  static final String PEOPLE = "people-families-communities";

  /** The Consultation principle after its title: the words the consultation rules cite. */
  static final String CONSULTATION = "where a decision is likely to have a significant effect on"
      + " the VCS or the private sector, the public sector will consult widely and early enough to"
      + " make a difference, allowing at least 12 weeks consultation (where legally possible) and"
      + " giving feedback on the outcomes.";

  /** The sentence of the first Sustainability principle the minimum-term rule cites. */
  static final String LONGER_CONTRACTS = "Commissioners will endeavour to move away from one year"
      + " contracting to providing contracts of three years or more.";

  private static final String OPENNESS = "Whether commissioning or decommissioning services,"
      + " the principles of openness and transparency should be used when making decisions.";

  private static final String TIMELY = "De-commissioning decisions need to be made in a timely"
      + " manner and shared with partners to ensure that any detrimental impact on service users,"
      + " organisations and on delivery of other linked services, are kept to a minimum.";

  private static final String REPRESENTATION = "The VCS and the private sector will have"
      + " representatives involved in key, public decision making bodies e.g. the Local Enterprise"
      + " Partnership, the Health & Well Being Board to ensure that their accumulated intelligence"
      + " and knowledge is fully able to influence the agendas as well as ensuring that the voices"
      + " of service users and communities can be heard.";

  private static final String LOCAL_SUPPORT = "The public and private sector partners will use"
      + " their influence to encourage local businesses to support local charitable and VCS"
      + " organisations financially and through partnership working.";

  private StaffordshireStokeObjectives() {}

  /** The four objectives, numbered as printed. */
  static List<Objective> objectives() {
    return List.of(
        objective(SERVICES, "1", "Developing effective services for Staffordshire communities",
            "All partners play a key role as a source of information to support commissioners in"
                + " their commissioning decisions; many partners are also specialist providers of"
                + " contracted services. To enable effective services to be developed and"
                + " delivered, Compact partners agree the following ways of working and"
                + " principles:"),
        objective(MARKET, "2", "Building and developing the market place and supporting greater"
                + " cross sector collaboration",
            "All partners recognise the need to facilitate an active market place in order to"
                + " encourage innovation, choice and new ways of working in the delivery of public"
                + " services to meet local needs."),
        objective(RESOURCES, "3",
            "Building, developing and connecting community resources and assets",
            "Future services, including to the most vulnerable members of our society, will be"
                + " delivered by the VCS and private sector often commissioned by the public"
                + " sector. However, many VCS organisations will not have and do not want to have"
                + " contracts with public sector partners and are funded by a mix of other sources"
                + " - grants, fundraising, donations, charging for services and volunteer"
                + " contributions.",
            "The following are principles and approaches that partners will adopt to support VCS"
                + " organisations to continue to build communities and deliver services."),
        // The title is objective 4's own heading; the list of objectives reads "the individuals"
        // where the heading reads "people" (that wording is kept in the list, in the sections).
        objective(PEOPLE, "4", "Developing the role of people, families and communities",
            "Partners will work together to develop and enable local communities to deliver"
                + " services using local resources as well as encourage people to take greater"
                + " responsibility for their own decisions. This will include people being"
                + " supported to play a greater role within their local community. The following"
                + " principles and approaches will help support this."));
  }

  /** The principles in bold, in source order, each under its objective. */
  static List<Principle> principles() {
    return List.of(
        // 1. Developing effective services for Staffordshire communities
        // The bullet runs on for two unbulleted paragraphs, each of which highlights a
        // principle of its own in bold italics (the text says the principles are the words
        // highlighted so); those two quote their own sentence.
        principle("collaborative-working", SERVICES,
            "Collaborative working and catalysts for change",
            "Collaborative working and catalysts for change - the VCS and the private sector are"
                + " recognised as key strategic partners working with the public sector to identify"
                + " local needs that could be met by commissioned services. They are key partners"
                + " in developing services to meet those needs and working with and developing"
                + " communities to meet their needs locally together. This could mean working in"
                + " partnership across sectors and with communities to deliver new services or"
                + " decommissioning services that are already being better provided by others."
                + " What matters is commissioning services that make a real difference to people"
                + " locally. " + OPENNESS + " " + TIMELY),
        principle("openness-and-transparency", SERVICES, "openness and transparency", OPENNESS),
        principle("timely-manner", SERVICES, "timely manner", TIMELY),
        principle("representation", SERVICES, "Representation",
            "Representation - " + REPRESENTATION),
        principle("co-production-and-co-design", SERVICES, "Co-production and co-design",
            "Co-production and co-design - Commissioners will support the principles of"
                + " co-production and co-design wherever possible to ensure that services are best"
                + " placed to meet the needs of the communities they support. Commissioning"
                + " processes will have VCS and private sector engagement built in at all stages to"
                + " inform the process. Commissioning intentions will be shared in a timely manner"
                + " to minimise the risk of service duplication and to ensure the efficient use of"
                + " resources. Joint working will be enabled and encouraged."),
        principle("using-the-social-value-act", SERVICES, "Using the Social Value Act",
            "Using the Social Value Act – All partners will commit to ensuring that the"
                + " principles of the Social Value Act are adopted and are implicit within all"
                + " commissioning and procurement exercises used by public bodies."),
        principle("innovation", SERVICES, "Innovation",
            "Innovation - Partners recognise the need to support innovation in order to develop"
                + " the new ways of working that will be needed to ensure that services best meet"
                + " the needs of communities and that they are sustainable over the medium to long"
                + " term. Commissioners will undertake to focus on outcomes and will be less"
                + " prescriptive on how the how the outcomes are achieved."),
        principle("responsive-and-high-quality-services", SERVICES,
            "Responsive and high quality programmes and services",
            "Responsive and high quality programmes and services – Public sector partners"
                + " recognise that their funds and commissioning processes will support work that"
                + " delivers outcomes that clearly meet local priorities. Providers looking to"
                + " secure public sector funding will need to ensure that they have developed clear"
                + " and measurable outcomes for the services they provide."),
        // "Sustainability" is the title of two principles: this one (longer contracts) and the
        // one under objective 3 (the VCS's own income). Their ids tell them apart.
        principle("sustainability-of-services", SERVICES, "Sustainability",
            "Sustainability - " + LONGER_CONTRACTS + " This will encourage greater investment in"
                + " and development of services by providers."),
        principle("consultation", SERVICES, "Consultation", "Consultation – " + CONSULTATION),

        // 2. Building and developing the market place and supporting greater cross sector
        // collaboration
        principle("choice-and-control", MARKET, "Choice and control",
            "Choice and control - Individual choice and control are key drivers for market place"
                + " development. Partners will seek to give service users greater choice and"
                + " control through hearing their voices when designing and developing new"
                + " services, when commissioning services and through working together to address"
                + " gaps in the market."),
        principle("influencing-the-market", MARKET, "Influencing the market",
            "Influencing the market - Commissioners recognise their key role in influencing"
                + " market development through tender specifications and will strive to ensure a"
                + " plurality of providers to ensure choice and competition remain."),
        principle("outcomes-driven-funding-decisions", MARKET,
            "Outcomes driven funding decisions",
            "Outcomes driven funding decisions - The funding relationship between the public"
                + " sector and VCS is changing. Public contracts will be awarded to those"
                + " organisations that can prove that they can meet strategic public outcomes"
                + " through quality services."),
        principle("impact-led-decisions", MARKET, "Impact-led decisions",
            "Impact-led decisions - Public sector partners will enter into dialogue with the VCS"
                + " and private sector when looking to commission new / de-commission service"
                + " provision in order to evaluate the impact on the market place."),
        principle("partnerships-deliver-better-outcomes", MARKET,
            "Partnerships deliver better outcomes",
            "Partnerships deliver better outcomes - Partnership working and cross sector working"
                + " will be facilitated and encouraged. Forums will be established which will seek"
                + " to enable cross sector collaborative working to take place. Every partner will"
                + " recognise what each brings to the partnership."),

        // 3. Building, developing and connecting community resources and assets
        principle("sustainability-of-the-vcs", RESOURCES, "Sustainability",
            "Sustainability - In order to become sustainable over the medium to long term, the"
                + " VCS will be supported to develop strategies and plans to secure alternative"
                + " sources of income e.g. through fundraising, charging for services, donations,"
                + " shared resources, funding from national and EU sources etc."),
        principle("social-entrepreneurs", RESOURCES, "Social entrepreneurs",
            "Social entrepreneurs – The VCS increasingly includes social enterprises. Social"
                + " enterprises are businesses that trade to tackle social problems, improve"
                + " communities, people’s life chances, or the environment. They make their money"
                + " from selling goods and services in the open market, but they reinvest their"
                + " profits back into the business or the local community. Some charities run"
                + " successful social enterprises alongside their traditional charitable work."
                + " Developing social enterprises and encouraging successful social"
                + " entrepreneurship will be a part of the approaches used by partners to meet"
                + " future need."),
        principle("infrastructure-investment", RESOURCES, "Infrastructure investment",
            "Infrastructure investment - Partners will recognise the need to provide"
                + " infrastructure support to local VCS organisations to enable the development and"
                + " growth of local community groups. The capacity of local communities needs"
                + " investment."),
        principle("buy-local", RESOURCES, "Buy local",
            "Buy local - Partners will support the principle of “buy local” when sourcing and"
                + " commissioning goods and services with and for local communities to increase"
                + " local prosperity and economic growth."),
        principle("local-support", RESOURCES, "Local support",
            "Local support – " + LOCAL_SUPPORT),
        // The paragraph after this bullet carries no title of its own and continues it.
        principle("using-local-assets-better", RESOURCES, "Using local assets better",
            "Using local assets better - All partners will encourage the effective use of local"
                + " physical assets i.e. community buildings, open spaces. Public sector partners"
                + " will work proactively with the VCS to investigate opportunities for Community"
                + " Asset Transfer, the Community Right to Buy or co-location. Partners commit to"
                + " not undermining the viability of small, community organisations i.e. to price"
                + " meeting rooms at affordable rates for small groups. Partners will not"
                + " deliberately set up directly competing activities/services to those provided"
                + " well by local community groups."),
        principle("flexibility", RESOURCES, "Flexibility",
            "Flexibility - Charging policies for the use of community venues that host small"
                + " community groups will be made more flexible, particularly when their activities"
                + " are supporting and delivering local priorities."),
        principle("local-involvement", RESOURCES, "Local involvement",
            "Local involvement - All partners will encourage and facilitate the greater"
                + " involvement of communities in the development of solutions to local needs."),

        // 4. Developing the role of people, families and communities
        principle("more-volunteers", PEOPLE, "More volunteers",
            "More volunteers - Partners are committed to enabling the number of individuals that"
                + " volunteer within their communities to increase."),
        principle("employer-supported-volunteering", PEOPLE, "Employer supported volunteering",
            "Employer supported volunteering - Partners understand the benefits that employer"
                + " supporting volunteering can bring, enabling people who may not have"
                + " volunteered before to volunteer."),
        principle("volunteers-with-extra-support-needs", PEOPLE,
            "Volunteers with extra support needs",
            "Volunteers with extra support needs - Partners will work together to support"
                + " volunteers who have additional needs such as a disability, speaking a different"
                + " language or mental ill-health issues so that they can fully take part in their"
                + " communities."),
        principle("accreditation-of-volunteering", PEOPLE, "Accreditation of volunteering",
            "Accreditation of volunteering - Partners will encourage and work towards"
                + " accreditation of skills developed through volunteering."),
        principle("information-on-volunteering-opportunities", PEOPLE,
            "Information on volunteering opportunities",
            "Information on volunteering opportunities - Partners will ensure that they provide"
                + " up to date and accurate information to enable individuals to make well"
                + " informed decisions about where to volunteer and what to do. Partners will seek"
                + " to reduce bureaucracy to enable people to volunteer as easily as possible"
                + " whilst protecting the people and organisations with whom the volunteer is"
                + " placed."),
        principle("investing-in-volunteers", PEOPLE, "Investing in volunteers",
            "Investing in volunteers - Partners recognise that good volunteering takes an"
                + " investment of time and funds so that everyone benefits. Resourcing good"
                + " volunteering will be a priority by funding bodies."));
  }

  // Modalities: "will seek to" and "will strive to" are efforts (ENDEAVOUR); "need to" and
  // "will need to" are expectations (SHOULD); "are committed to", "commit" and "will commit"
  // are COMMIT; "recognise", "understand" and "will recognise" are RECOGNISE. A passive
  // sentence ("Joint working will be enabled") is given to the actor its principle addresses.
  /** The undertakings under the objectives, in source order. */
  static List<Undertaking> undertakings() {
    return List.of(
        // 1. Developing effective services for Staffordshire communities
        undertaking("vcs-and-private-sector-recognised-as-strategic-partners", SERVICES,
            Actor.ALL_PARTNERS, Modality.RECOGNISE,
            "Collaborative working and catalysts for change",
            "the VCS and the private sector are recognised as key strategic partners working with"
                + " the public sector to identify local needs that could be met by commissioned"
                + " services."),
        undertaking("openness-in-commissioning-decisions", SERVICES, Actor.COMMISSIONERS,
            Modality.SHOULD, "openness and transparency", OPENNESS),
        undertaking("timely-decommissioning-decisions", SERVICES, Actor.COMMISSIONERS,
            Modality.SHOULD, "timely manner", TIMELY),
        undertaking("vcs-representation", SERVICES, Actor.VOLUNTARY_SECTOR, Modality.WILL,
            "Representation", REPRESENTATION),
        undertaking("private-sector-representation", SERVICES, Actor.PRIVATE_SECTOR,
            Modality.WILL, "Representation", REPRESENTATION),
        undertaking("support-co-production-and-co-design", SERVICES, Actor.COMMISSIONERS,
            Modality.WILL, "Co-production and co-design",
            "Commissioners will support the principles of co-production and co-design wherever"
                + " possible to ensure that services are best placed to meet the needs of the"
                + " communities they support.",
            Qualifier.WHERE_POSSIBLE),
        undertaking("build-engagement-into-commissioning", SERVICES, Actor.COMMISSIONERS,
            Modality.WILL, "Co-production and co-design",
            "Commissioning processes will have VCS and private sector engagement built in at all"
                + " stages to inform the process."),
        undertaking("share-commissioning-intentions", SERVICES, Actor.COMMISSIONERS,
            Modality.WILL, "Co-production and co-design",
            "Commissioning intentions will be shared in a timely manner to minimise the risk of"
                + " service duplication and to ensure the efficient use of resources."),
        undertaking("enable-joint-working", SERVICES, Actor.COMMISSIONERS, Modality.WILL,
            "Co-production and co-design", "Joint working will be enabled and encouraged."),
        undertaking("adopt-social-value-act-principles", SERVICES, Actor.ALL_PARTNERS,
            Modality.COMMIT, "Using the Social Value Act",
            "All partners will commit to ensuring that the principles of the Social Value Act are"
                + " adopted and are implicit within all commissioning and procurement exercises"
                + " used by public bodies."),
        undertaking("support-innovation", SERVICES, Actor.ALL_PARTNERS, Modality.RECOGNISE,
            "Innovation",
            "Partners recognise the need to support innovation in order to develop the new ways"
                + " of working that will be needed to ensure that services best meet the needs of"
                + " communities and that they are sustainable over the medium to long term."),
        undertaking("focus-on-outcomes", SERVICES, Actor.COMMISSIONERS, Modality.WILL,
            "Innovation",
            "Commissioners will undertake to focus on outcomes and will be less prescriptive on"
                + " how the how the outcomes are achieved."),
        undertaking("funds-support-local-priorities", SERVICES, Actor.PUBLIC_SECTOR,
            Modality.RECOGNISE, "Responsive and high quality programmes and services",
            "Public sector partners recognise that their funds and commissioning processes will"
                + " support work that delivers outcomes that clearly meet local priorities."),
        undertaking("providers-develop-measurable-outcomes", SERVICES, Actor.PROVIDERS,
            Modality.SHOULD, "Responsive and high quality programmes and services",
            "Providers looking to secure public sector funding will need to ensure that they have"
                + " developed clear and measurable outcomes for the services they provide."),
        undertaking("contracts-of-three-years-or-more", SERVICES, Actor.COMMISSIONERS,
            Modality.ENDEAVOUR, "Sustainability", LONGER_CONTRACTS),
        undertaking("consult-for-at-least-twelve-weeks", SERVICES, Actor.PUBLIC_SECTOR,
            Modality.WILL, "Consultation", CONSULTATION, Qualifier.WHERE_LEGALLY_POSSIBLE),

        // 2. Building and developing the market place and supporting greater cross sector
        // collaboration
        undertaking("facilitate-an-active-market-place", MARKET, Actor.ALL_PARTNERS,
            Modality.RECOGNISE, "2",
            "All partners recognise the need to facilitate an active market place in order to"
                + " encourage innovation, choice and new ways of working in the delivery of public"
                + " services to meet local needs."),
        undertaking("give-service-users-choice-and-control", MARKET, Actor.ALL_PARTNERS,
            Modality.ENDEAVOUR, "Choice and control",
            "Partners will seek to give service users greater choice and control through hearing"
                + " their voices when designing and developing new services, when commissioning"
                + " services and through working together to address gaps in the market."),
        undertaking("ensure-a-plurality-of-providers", MARKET, Actor.COMMISSIONERS,
            Modality.ENDEAVOUR, "Influencing the market",
            "Commissioners recognise their key role in influencing market development through"
                + " tender specifications and will strive to ensure a plurality of providers to"
                + " ensure choice and competition remain."),
        undertaking("award-contracts-on-outcomes", MARKET, Actor.PUBLIC_SECTOR, Modality.WILL,
            "Outcomes driven funding decisions",
            "Public contracts will be awarded to those organisations that can prove that they can"
                + " meet strategic public outcomes through quality services."),
        undertaking("dialogue-before-commissioning-changes", MARKET, Actor.PUBLIC_SECTOR,
            Modality.WILL, "Impact-led decisions",
            "Public sector partners will enter into dialogue with the VCS and private sector when"
                + " looking to commission new / de-commission service provision in order to"
                + " evaluate the impact on the market place."),
        undertaking("facilitate-cross-sector-working", MARKET, Actor.ALL_PARTNERS, Modality.WILL,
            "Partnerships deliver better outcomes",
            "Partnership working and cross sector working will be facilitated and encouraged."),
        undertaking("establish-cross-sector-forums", MARKET, Actor.ALL_PARTNERS, Modality.WILL,
            "Partnerships deliver better outcomes",
            "Forums will be established which will seek to enable cross sector collaborative"
                + " working to take place."),
        undertaking("recognise-what-each-partner-brings", MARKET, Actor.ALL_PARTNERS,
            Modality.RECOGNISE, "Partnerships deliver better outcomes",
            "Every partner will recognise what each brings to the partnership."),

        // 3. Building, developing and connecting community resources and assets
        undertaking("support-vcs-alternative-income", RESOURCES, Actor.ALL_PARTNERS,
            Modality.WILL, "Sustainability",
            "In order to become sustainable over the medium to long term, the VCS will be"
                + " supported to develop strategies and plans to secure alternative sources of"
                + " income e.g. through fundraising, charging for services, donations, shared"
                + " resources, funding from national and EU sources etc."),
        undertaking("develop-social-enterprises", RESOURCES, Actor.ALL_PARTNERS, Modality.WILL,
            "Social entrepreneurs",
            "Developing social enterprises and encouraging successful social entrepreneurship"
                + " will be a part of the approaches used by partners to meet future need."),
        undertaking("provide-infrastructure-support", RESOURCES, Actor.ALL_PARTNERS,
            Modality.RECOGNISE, "Infrastructure investment",
            "Partners will recognise the need to provide infrastructure support to local VCS"
                + " organisations to enable the development and growth of local community"
                + " groups."),
        undertaking("buy-local", RESOURCES, Actor.ALL_PARTNERS, Modality.WILL, "Buy local",
            "Partners will support the principle of “buy local” when sourcing and commissioning"
                + " goods and services with and for local communities to increase local prosperity"
                + " and economic growth."),
        undertaking("public-sector-encourages-local-business-support", RESOURCES,
            Actor.PUBLIC_SECTOR, Modality.WILL, "Local support", LOCAL_SUPPORT),
        undertaking("private-sector-encourages-local-business-support", RESOURCES,
            Actor.PRIVATE_SECTOR, Modality.WILL, "Local support", LOCAL_SUPPORT),
        undertaking("encourage-use-of-local-assets", RESOURCES, Actor.ALL_PARTNERS,
            Modality.WILL, "Using local assets better",
            "All partners will encourage the effective use of local physical assets i.e."
                + " community buildings, open spaces."),
        undertaking("investigate-community-asset-transfer", RESOURCES, Actor.PUBLIC_SECTOR,
            Modality.WILL, "Using local assets better",
            "Public sector partners will work proactively with the VCS to investigate"
                + " opportunities for Community Asset Transfer, the Community Right to Buy or"
                + " co-location."),
        undertaking("not-undermine-small-community-organisations", RESOURCES,
            Actor.ALL_PARTNERS, Modality.COMMIT, "Using local assets better",
            "Partners commit to not undermining the viability of small, community organisations"
                + " i.e. to price meeting rooms at affordable rates for small groups."),
        undertaking("not-set-up-competing-services", RESOURCES, Actor.ALL_PARTNERS,
            Modality.WILL, "Using local assets better",
            "Partners will not deliberately set up directly competing activities/services to"
                + " those provided well by local community groups."),
        undertaking("flexible-charging-for-community-venues", RESOURCES, Actor.ALL_PARTNERS,
            Modality.WILL, "Flexibility",
            "Charging policies for the use of community venues that host small community groups"
                + " will be made more flexible, particularly when their activities are supporting"
                + " and delivering local priorities."),
        undertaking("encourage-local-involvement", RESOURCES, Actor.ALL_PARTNERS, Modality.WILL,
            "Local involvement",
            "All partners will encourage and facilitate the greater involvement of communities in"
                + " the development of solutions to local needs."),

        // 4. Developing the role of people, families and communities
        undertaking("develop-and-enable-local-communities", PEOPLE, Actor.ALL_PARTNERS,
            Modality.WILL, "4",
            "Partners will work together to develop and enable local communities to deliver"
                + " services using local resources as well as encourage people to take greater"
                + " responsibility for their own decisions."),
        undertaking("increase-volunteering", PEOPLE, Actor.ALL_PARTNERS, Modality.COMMIT,
            "More volunteers",
            "Partners are committed to enabling the number of individuals that volunteer within"
                + " their communities to increase."),
        undertaking("value-employer-supported-volunteering", PEOPLE, Actor.ALL_PARTNERS,
            Modality.RECOGNISE, "Employer supported volunteering",
            "Partners understand the benefits that employer supporting volunteering can bring,"
                + " enabling people who may not have volunteered before to volunteer."),
        undertaking("support-volunteers-with-additional-needs", PEOPLE, Actor.ALL_PARTNERS,
            Modality.WILL, "Volunteers with extra support needs",
            "Partners will work together to support volunteers who have additional needs such as"
                + " a disability, speaking a different language or mental ill-health issues so"
                + " that they can fully take part in their communities."),
        undertaking("accredit-volunteering-skills", PEOPLE, Actor.ALL_PARTNERS, Modality.WILL,
            "Accreditation of volunteering",
            "Partners will encourage and work towards accreditation of skills developed through"
                + " volunteering."),
        undertaking("provide-volunteering-information", PEOPLE, Actor.ALL_PARTNERS,
            Modality.WILL, "Information on volunteering opportunities",
            "Partners will ensure that they provide up to date and accurate information to enable"
                + " individuals to make well informed decisions about where to volunteer and what"
                + " to do."),
        undertaking("reduce-volunteering-bureaucracy", PEOPLE, Actor.ALL_PARTNERS,
            Modality.ENDEAVOUR, "Information on volunteering opportunities",
            "Partners will seek to reduce bureaucracy to enable people to volunteer as easily as"
                + " possible whilst protecting the people and organisations with whom the"
                + " volunteer is placed."),
        undertaking("recognise-investment-in-volunteering", PEOPLE, Actor.ALL_PARTNERS,
            Modality.RECOGNISE, "Investing in volunteers",
            "Partners recognise that good volunteering takes an investment of time and funds so"
                + " that everyone benefits."),
        undertaking("prioritise-resourcing-volunteering", PEOPLE, Actor.FUNDERS, Modality.WILL,
            "Investing in volunteers",
            "Resourcing good volunteering will be a priority by funding bodies."));
  }

  private static Objective objective(String id, String label, String title,
      String... statements) {
    Objective.Builder objective = Objective.builder().id(id).label(label).title(title);
    for (String statement : statements) {
      objective.addStatements(Citation.of(label, statement));
    }
    return objective.build();
  }

  private static Principle principle(String id, String objective, String title, String text) {
    return Principle.builder()
        .id(id)
        .title(title)
        .objective(objective)
        .source(Citation.of(title, text))
        .build();
  }

  private static Undertaking undertaking(String id, String objective, Actor actor,
      Modality modality, String clause, String text, Qualifier... qualifiers) {
    return Undertaking.builder()
        .id(id)
        .actor(actor)
        .modality(modality)
        .addQualifiers(qualifiers)
        .objective(objective)
        .source(Citation.of(clause, text))
        .build();
  }
}
