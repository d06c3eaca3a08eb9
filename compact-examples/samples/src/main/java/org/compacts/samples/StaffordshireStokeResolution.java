package org.compacts.samples;

import org.compacts.model.Citation;
import org.compacts.model.Contact;
import org.compacts.model.ExternalBody;
import org.compacts.model.ResolutionProcedure;
import org.compacts.model.Stage;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;

/**
 * How the Staffordshire and Stoke on Trent Compact 2014&ndash;2018 solves difficulties: its
 * scope, the three stages, record keeping and the bodies outside it, each cited as printed.
 */
final class StaffordshireStokeResolution {
  private static final String RESOLUTION = "Working together to solve difficulties positively";
  /** The heading the record keeping, the external bodies and the exclusion stand under. */
  static final String PROCESS = "The process";

  private static final String WORKING_GROUP =
      "Staffordshire and Stoke on Trent Compact Working Group";
  private static final String TO_STAGE_TWO = "If an organisation can't find a solution"
      + " informally, they can contact the Staffordshire and Stoke on Trent Compact Working Group"
      + " for further support.";
  private static final String TO_STAGE_THREE = "If the formal process hasn't found a solution,"
      + " the panel will support both organisations in seeking further mediation through"
      + " alternative means.";
  private static final String TO_OMBUDSMEN = "If an organisation is unhappy about the result of"
      + " a complaint made against a local authority, the independent Local Government Ombudsmen"
      + " can be contacted.";
  /** The Stage Two sentence the stage-time-limit rule cites. */
  static final String SIX_WEEKS =
      "This should happen within six weeks of initial contact being made.";

  private StaffordshireStokeResolution() {}

  /**
   * The resolution procedure.
   *
   * @return its scope, three stages, record keeping, external bodies and exclusion
   */
  static ResolutionProcedure procedure() {
    return ResolutionProcedure.builder()
        .addScope(Citation.of(RESOLUTION, "This Compact procedure is concerned with issues"
            + " arising when Compact working has failed in some way. This could be a consultation"
            + " which was not thorough enough or a contract which has been ended without"
            + " discussion or negotiation. All sectors have the right to raise concerns"
            + " individually, collectively or through a representative body."))
        .addScope(Citation.of(RESOLUTION, "When a dispute arises, the best action is to try and"
            + " resolve any issue or concern early and in as amicable a way as possible. Many"
            + " such disputes can be settled by simply raising the issue honestly and openly with"
            + " the other party and this should always be the first step."))
        .addScope(Citation.of(RESOLUTION, "This Resolution Procedure gives a framework for"
            + " settling disputes that are more complex and may need mediation or an objective"
            + " view to find a resolution. It aims to provide a way for lessons to be learnt and"
            + " for similar disputes can be avoided in the future as well as ensuring positive"
            + " working relationships are maintained. It is not intended to decide a winner or a"
            + " loser, but instead to find a positive way forward which maintains and improves"
            + " the working relationship. While we encourage disputes to be resolved through this"
            + " process, it's also important to recognise that other means, including legal"
            + " redress, are always an option to either party."))
        .addRecordKeeping(Citation.of(PROCESS, "Any complaints regarding Compact compliance are"
            + " monitored and recorded, so partners know if the resolution process and our"
            + " contribution have been useful. Furthermore, we can use this information to help"
            + " us review our effectiveness, and will ensure all personal details remain"
            + " confidential."))
        .addStages(Stage.builder()
            .number(1)
            .name("Informal")
            .addActions("If an organisation has any difficulty in its relationship with another,"
                + " it should first try to resolve this through discussion.")
            .addActions("Please contact " + WORKING_GROUP + " for details")
            .addThirdParties("Staffordshire Compact Champions", WORKING_GROUP)
            // The text states where to go next at the start of the next stage.
            .escalation(TO_STAGE_TWO)
            // "(is this right?)" is the draft's own query, kept as printed.
            .source(Citation.of("Stage One", "If an organisation has any difficulty in its"
                + " relationship with another, it should first try to resolve this through"
                + " discussion. There is always support available for such discussions through"
                + " designated Staffordshire Compact Champions. Please contact " + WORKING_GROUP
                + " for details (is this right?)"))
            .build())
        .addStages(Stage.builder()
            .number(2)
            .name("Formal")
            .addActions(TO_STAGE_TWO)
            .addActions("The issue should be put into writing stating what the problem is, how"
                + " the issue has been dealt with by the parties so far, why the issue has not"
                + " been resolved and what would be a good outcome.")
            .addActions("The statement will be logged and a panel drawn up from within the"
                + " group, containing members who are objective, cross sector and have no links"
                + " with either organisation.")
            .addActions("They will discuss the problem with both sides and attempt to find a"
                + " solution.")
            .addThirdParties(WORKING_GROUP)
            .timeLimit(TimeSpan.of(6, TimeSpanUnit.WEEKS))
            .escalation(TO_STAGE_THREE)
            .source(Citation.of("Stage Two", TO_STAGE_TWO + " The issue should be put into"
                + " writing stating what the problem is, how the issue has been dealt with by the"
                + " parties so far, why the issue has not been resolved and what would be a good"
                + " outcome. The statement will be logged and a panel drawn up from within the"
                + " group, containing members who are objective, cross sector and have no links"
                + " with either organisation. They will discuss the problem with both sides and"
                + " attempt to find a solution. " + SIX_WEEKS))
            .build())
        .addStages(Stage.builder()
            .number(3)
            .name("Additional")
            .addActions(TO_STAGE_THREE)
            .addThirdParties("the panel")
            .escalation(TO_OMBUDSMEN)
            .source(Citation.of("Stage Three", TO_STAGE_THREE + " Organisations are free to"
                + " follow other procedures and find support from elsewhere at any stage of the"
                + " process."))
            .build())
        .addNotes(Citation.of("Stage Three", "Organisations are free to follow other procedures"
            + " and find support from elsewhere at any stage of the process."))
        .addExternalBodies(ExternalBody.builder()
            .id("local-government-ombudsmen")
            .name("The Local Government Ombudsmen")
            .contact(Contact.builder()
                .addAddress("PO Box 4771", "Coventry", "CV4 0EH")
                .telephone("0300 061 0614")
                .website("www.lgo.org.uk")
                .build())
            .source(Citation.of(PROCESS, TO_OMBUDSMEN
                + " They can decide whether there are any grounds for investigation."))
            .build())
        .addExternalBodies(ExternalBody.builder()
            .id("compact-voice")
            .name("Compact Voice")
            .contact(Contact.builder()
                .addAddress("Society Building", "8 All Saints Street", "London", "N1 9RL")
                .email("compact@compactvoice.org.uk")
                .website("www.compactvoice.org.uk")
                .telephone("0207 520 2451")
                .build())
            .source(Citation.of(PROCESS, "You can also contact Compact Voice who cannot take on"
                + " individual cases, but can offer information, advice and signposting."))
            .build())
        // The text names NAVCA as "NACVA"; its website is NAVCA's.
        .addExternalBodies(ExternalBody.builder()
            .id("navca")
            .name("NACVA")
            .contact(Contact.builder().website("www.navca.org.uk").build())
            .source(Citation.of(PROCESS, "If your organisation is a member of NACVA, you can"
                + " contact them on www.navca.org.uk"))
            .build())
        .addExclusions(Citation.of(PROCESS, "The Compact Resolution Procedure is distinct from"
            + " any arrangements within contracts and has no relevance to contract breaches, as"
            + " these will have their own procedure."))
        .build();
  }
}
