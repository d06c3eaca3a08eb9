package org.compacts.resolution;

import org.compacts.model.Citation;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.Contact;
import org.compacts.model.ExternalBody;
import org.compacts.model.ResolutionProcedure;
import org.compacts.model.Stage;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;

/**
 * The resolution procedures of Sandwell (Section 6) and Staffordshire and Stoke-on-Trent
 * ("Working together to solve difficulties positively"), in the words of the source texts.
 * Only what the dispute workflow reads is filled in; the full samples live elsewhere.
 */
final class Procedures {
  static final String SCVO = "SCVO";
  static final String POLICY_OFFICER = "the Council’s Voluntary Sector policy officer";
  static final String WORKING_GROUP = "Staffordshire and Stoke on Trent Compact Working Group";

  private Procedures() {}

  static Compact sandwell() {
    Stage one = Stage.builder()
        .number(1)
        .name("Talk to each other")
        .addActions("Talk to each other.",
            "Involve a third party such as SCVO or the Council’s Voluntary Sector policy officer"
                + " if you wish.",
            "Keep a written record of discussions.")
        .addThirdParties(SCVO, POLICY_OFFICER)
        .escalation("If this does not resolve the issue, please move to stage 2.")
        .source(Citation.of("Stage 1", "Talk to each other. Involve a third party such as SCVO"
            + " or the Council’s Voluntary Sector policy officer if you wish. Keep a written"
            + " record of discussions. If this does not resolve the issue, please move to"
            + " stage 2."))
        .build();
    Stage two = Stage.builder()
        .number(2)
        .name("Submit a written enquiry or complaint")
        .addActions("Submit a written enquiry or complaint.",
            "Involve a third party such as SCVO or the Council’s Voluntary Sector policy"
                + " officer.",
            "Request a written response within 21 days.")
        .addThirdParties(SCVO, POLICY_OFFICER)
        .timeLimit(TimeSpan.of(21, TimeSpanUnit.DAYS))
        .escalation("If this does not resolve the issue, please move to Stage 3.")
        .source(Citation.of("Stage 2", "Submit a written enquiry or complaint. Involve a third"
            + " party such as SCVO or the Council’s Voluntary Sector policy officer. Request a"
            + " written response within 21 days. If this does not resolve the issue, please"
            + " move to Stage 3."))
        .build();
    Stage three = Stage.builder()
        .number(3)
        .name("Meeting of relevant people")
        .addActions("SCVO and the Council’s Voluntary Sector policy officer to receive details"
            + " of the disagreement and call a meeting of relevant people to discuss the issues"
            + " further.")
        .addThirdParties(SCVO, POLICY_OFFICER)
        .escalation("If this does not resolve the issue, please move to Stage 4.")
        .source(Citation.of("Stage 3", "SCVO and the Council’s Voluntary Sector policy officer"
            + " to receive details of the disagreement and call a meeting of relevant people to"
            + " discuss the issues further. If this does not resolve the issue, please move to"
            + " Stage 4."))
        .build();
    Stage four = Stage.builder()
        .number(4)
        .name("Independent mediation")
        .addActions("Independent mediation from an appropriate source.")
        .source(Citation.of("Stage 4", "Independent mediation from an appropriate source."))
        .build();
    ExternalBody ombudsman = ExternalBody.builder()
        .id("local-government-ombudsman")
        .name("Ombudsman for Local Government")
        .contact(Contact.builder().website("www.lgo.org.uk").build())
        .source(Citation.of("Section 6",
            "Ombudsman for Local Government – www.lgo.org.uk - free service"))
        .build();
    ResolutionProcedure procedure = ResolutionProcedure.builder()
        .addScope(Citation.of("Section 6", "The following procedure on the resolution of"
            + " disagreements is for Compact issues only."))
        .addExclusions(Citation.of("Section 6",
            "It will not alter the complaints procedures of individual organisations."))
        .addStages(one, two, three, four)
        .addExternalBodies(ombudsman)
        .build();
    return Compact.builder()
        .id("sandwell-compact-2019")
        .title("The Sandwell Compact")
        .kind(CompactKind.COMPACT)
        .area("Sandwell")
        .status(CompactStatus.ADOPTED)
        .resolution(procedure)
        .build();
  }

  static Compact staffordshire() {
    Stage informal = Stage.builder()
        .number(1)
        .name("Informal")
        .addActions("If an organisation has any difficulty in its relationship with another, it"
                + " should first try to resolve this through discussion.",
            "There is always support available for such discussions through designated"
                + " Staffordshire Compact Champions.",
            "Please contact Staffordshire and Stoke on Trent Compact Working Group for"
                + " details")
        .addThirdParties("designated Staffordshire Compact Champions", WORKING_GROUP)
        .source(Citation.of("Stage One - Informal", "If an organisation has any difficulty in"
            + " its relationship with another, it should first try to resolve this through"
            + " discussion. There is always support available for such discussions through"
            + " designated Staffordshire Compact Champions. Please contact Staffordshire and"
            + " Stoke on Trent Compact Working Group for details (*is this right?*)"))
        .build();
    Stage formal = Stage.builder()
        .number(2)
        .name("Formal")
        .addActions("If an organisation can't find a solution informally, they can contact the"
                + " Staffordshire and Stoke on Trent Compact Working Group for further support.",
            "The issue should be put into writing stating what the problem is, how the issue"
                + " has been dealt with by the parties so far, why the issue has not been"
                + " resolved and what would be a good outcome.",
            "The statement will be logged and a panel drawn up from within the group,"
                + " containing members who are objective, cross sector and have no links with"
                + " either organisation.",
            "They will discuss the problem with both sides and attempt to find a solution.",
            "This should happen within six weeks of initial contact being made.")
        .addThirdParties(WORKING_GROUP)
        .timeLimit(TimeSpan.of(6, TimeSpanUnit.WEEKS))
        .escalation("If the formal process hasn't found a solution, the panel will support both"
            + " organisations in seeking further mediation through alternative means.")
        .source(Citation.of("Stage Two - Formal", "If an organisation can't find a solution"
            + " informally, they can contact the Staffordshire and Stoke on Trent Compact Working"
            + " Group for further support. [...] They will discuss the problem with both sides"
            + " and attempt to find a solution. This should happen within six weeks of initial"
            + " contact being made."))
        .build();
    Stage additional = Stage.builder()
        .number(3)
        .name("Additional")
        .addActions("If the formal process hasn't found a solution, the panel will support both"
                + " organisations in seeking further mediation through alternative means.",
            "Organisations are free to follow other procedures and find support from elsewhere"
                + " at any stage of the process.")
        .addThirdParties("the panel")
        .escalation("If an organisation is unhappy about the result of a complaint made against"
            + " a local authority, the independent Local Government Ombudsmen can be contacted.")
        .source(Citation.of("Stage Three - Additional", "If the formal process hasn't found a"
            + " solution, the panel will support both organisations in seeking further mediation"
            + " through alternative means. Organisations are free to follow other procedures and"
            + " find support from elsewhere at any stage of the process."))
        .build();
    ExternalBody ombudsmen = ExternalBody.builder()
        .id("local-government-ombudsmen")
        .name("The Local Government Ombudsmen")
        .contact(Contact.builder()
            .addAddress("PO Box 4771", "Coventry", "CV4 0EH")
            .telephone("0300 061 0614")
            .website("www.lgo.org.uk")
            .build())
        .source(Citation.of("Working together to solve difficulties positively",
            "If an organisation is unhappy about the result of a complaint made against a local"
                + " authority, the independent Local Government Ombudsmen can be contacted."
                + " They can decide whether there are any grounds for investigation."))
        .build();
    ExternalBody compactVoice = ExternalBody.builder()
        .id("compact-voice")
        .name("Compact Voice")
        .contact(Contact.builder()
            .addAddress("Society Building", "8 All Saints Street", "London", "N1 9RL")
            .email("compact@compactvoice.org.uk")
            .website("www.compactvoice.org.uk")
            .telephone("0207 520 2451")
            .build())
        .source(Citation.of("Working together to solve difficulties positively",
            "You can also contact Compact Voice who cannot take on individual cases, but can"
                + " offer information, advice and signposting."))
        .build();
    ExternalBody navca = ExternalBody.builder()
        .id("navca")
        .name("NACVA")
        .contact(Contact.builder().website("www.navca.org.uk").build())
        .source(Citation.of("Working together to solve difficulties positively",
            "If your organisation is a member of NACVA, you can contact them on"
                + " www.navca.org.uk"))
        .build();
    ResolutionProcedure procedure = ResolutionProcedure.builder()
        .addExclusions(Citation.of("Working together to solve difficulties positively",
            "The Compact Resolution Procedure is distinct from any arrangements within contracts"
                + " and has no relevance to contract breaches, as these will have their own"
                + " procedure."))
        .addStages(informal, formal, additional)
        .addExternalBodies(ombudsmen, compactVoice, navca)
        .build();
    return Compact.builder()
        .id("staffordshire-stoke-compact-2014")
        .title("The Staffordshire and Stoke on Trent Compact Agreement")
        .kind(CompactKind.COMPACT)
        .area("Staffordshire and Stoke-on-Trent")
        .status(CompactStatus.DRAFT)
        .resolution(procedure)
        .build();
  }
}
