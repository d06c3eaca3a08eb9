package org.compacts.samples;

import static org.compacts.model.Actor.ALL_PARTNERS;
import static org.compacts.model.Actor.PUBLIC_SECTOR;
import static org.compacts.model.Actor.VOLUNTARY_SECTOR;
import static org.compacts.model.Modality.RECOGNISE;
import static org.compacts.model.Modality.SHOULD;
import static org.compacts.model.Modality.WILL;
import static org.compacts.samples.Elements.party;
import static org.compacts.samples.Elements.principle;
import static org.compacts.samples.Elements.undertaking;

import java.util.List;
import org.compacts.model.BodyType;
import org.compacts.model.Citation;
import org.compacts.model.CodeInclusion;
import org.compacts.model.CodeOfPractice;
import org.compacts.model.CommitmentForm;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.Contact;
import org.compacts.model.RelatedDocument;
import org.compacts.model.Section;
import org.compacts.model.Sector;
import org.compacts.rules.Arrangement;
import org.compacts.rules.ChangeKind;
import org.compacts.rules.Exemption;
import org.compacts.rules.FullCostRecoveryRule;
import org.compacts.rules.MinimumNoticeRule;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;

/**
 * Compact Leicestershire, printed as Appendix 2 of its host document (source:
 * {@code seeds/leicestershire-compact.txt}).
 *
 * <p>Its fifteen bullets are all "shared principles", and each is a principle here. A bullet
 * that also has an actor doing something ("is given by a Public Sector body", "will follow
 * Full Cost Recovery practice") is in addition an undertaking citing the same words, so that
 * its actor and modality are classified; the two quantified ones are also rules. The bullets
 * are unnumbered: every one cites the clause "Shared principles".
 */
final class LeicestershireCompact {
  static final String ID = "leicestershire-compact";

  private static final String HEADING = "COMPACT LEICESTERSHIRE";
  private static final String SHARED = "Shared principles";
  private static final String FORM = "Your commitment:";

  private static final String EQUALITY = "Both the Leicestershire Together Public Sector"
      + " partners (LTPS) and the VCS acknowledge the importance of promoting equality of"
      + " opportunity for all people, regardless of race, age, disability, gender, sexuality,"
      + " religion, ethnic or national origin, marital status or medical condition.";
  private static final String CODES = "That the principles detailed in the Funding,"
      + " Commissioning and Procurement Code of Good Practice and the current and subsequent"
      + " agreed Compact Leicestershire codes and guidance are adhered to by both VCS and the"
      + " Public Sector signatories to such codes and guidance.";
  private static final String RESOURCES = "LTPS partners and the VCS recognise the need for the"
      + " Public Sector partners to allocate resources to voluntary and community organisations"
      + " where services are to be commissioned or grant funded. These resources include"
      + " funding, advice and other support areas, including volunteering, and they are"
      + " important elements of the relationship";
  private static final String FULL_COST_RECOVERY = "There is recognition (and support) that the"
      + " VCS (and social enterprises) will follow Full Cost Recovery practice when tendering and"
      + " contracting with the Public Sector.";
  private static final String NOTICE = "That an agreed period of a minimum of three months"
      + " notice, in advance, is given by a Public Sector body to all VCS organisations that will"
      + " be affected by any change, cessation, or review of existing, current or awarded"
      + " contracts, grants, agreements or support, (including accommodation assets), this does"
      + " not apply where there is a previously defined and agreed end date.";
  private static final String MEASURE = "That a vibrant, diverse, and independent VCS sector is"
      + " a measure of the success of Compact Leicestershire through the National Survey of"
      + " Charities and Social Enterprises. Local measures will also be developed.";
  private static final String NO_SANCTIONS = "No Compact Leicestershire signatory should fear"
      + " or be subject to sanctions should a failure of compliance (real or perceived) be"
      + " challenged.";
  private static final String CLARITY = "To ensure clarity of the roles, responsibilities and"
      + " obligations of all parties (Public Sector, VCS and Private Sector) when reaching"
      + " agreements, contracts and grants.";
  private static final String IN_CONTRACTS = "That the Compact Leicestershire principles"
      + " detailed above are written into contracts with VCS.";

  private LeicestershireCompact() {}

  static Compact compact() {
    return Compact.builder()
        .id(ID)
        .title("Compact Leicestershire")
        .kind(CompactKind.COMPACT)
        .area("Leicestershire")
        .status(CompactStatus.ADOPTED)
        .addPurpose(Citation.of(HEADING, "Compact Leicestershire is a guide on the relationship"
            + " between Leicestershire Together Public Sector Partners and the Voluntary and"
            + " Community Sector in Leicestershire"))
        .addSections(Section.builder().id("shared-principles").heading(SHARED)
            .addParagraphs(Citation.of(SHARED,
                "We have identified the following shared principles:"))
            .build())
        // The compact is between the public sector partnership and the sector as a whole;
        // voluntary organisations join it one by one through the commitment form.
        .addParties(
            party("ltps", "Leicestershire Together Public Sector Partners", Sector.PUBLIC,
                BodyType.PARTNERSHIP),
            party("vcs", "Voluntary and Community Sector in Leicestershire",
                Sector.VOLUNTARY_COMMUNITY, BodyType.OTHER))
        .addAllPrinciples(List.of(
            principle("voluntary-action-essential-to-democracy", SHARED,
                "Voluntary and community action is essential to a democratic society"),
            principle("independent-and-diverse-vcs", SHARED,
                "An independent and diverse voluntary and community sector (VCS) is fundamental"
                    + " to the well-being of society."),
            principle("equality-of-opportunity", SHARED, EQUALITY),
            principle("distinct-but-complementary-roles", SHARED,
                "In the development and delivery of public policy and services, LTPS partners and"
                    + " the VCS have distinct but complementary roles."),
            principle("added-value-of-working-together", SHARED,
                "There is added value in working together towards common aims and objectives."
                    + " Proper communication builds relationships, improves policy development and"
                    + " enhances the design and delivery of services and programmes."),
            principle("forms-of-accountability", SHARED,
                "LTPS partners and the VCS have different forms of accountability and can be"
                    + " answerable to a different range of people and organisations. But common to"
                    + " both is the need for selflessness, integrity, objectivity, accountability,"
                    + " transparency, honesty, value for money and leadership."),
            principle("codes-adhered-to", SHARED, CODES),
            principle("right-to-campaign", SHARED,
                "Voluntary and community organisations are entitled to campaign within the law in"
                    + " order to advance their aims."),
            principle("allocation-of-resources", SHARED, RESOURCES),
            principle("full-cost-recovery", SHARED, FULL_COST_RECOVERY),
            principle("three-months-notice", SHARED, NOTICE),
            principle("measure-of-success", SHARED, MEASURE),
            principle("no-sanctions-for-challenge", SHARED, NO_SANCTIONS),
            principle("clarity-of-roles", SHARED, CLARITY),
            principle("principles-in-contracts", SHARED, IN_CONTRACTS)))
        .addAllUndertakings(List.of(
            undertaking("acknowledge-equality-of-opportunity", ALL_PARTNERS, RECOGNISE, SHARED,
                EQUALITY).build(),
            undertaking("adhere-to-codes", ALL_PARTNERS, WILL, SHARED, CODES)
                .addCodesOfPractice("funding-commissioning-and-procurement",
                    "compact-leicestershire-codes")
                .build(),
            undertaking("recognise-need-to-allocate-resources", ALL_PARTNERS, RECOGNISE, SHARED,
                RESOURCES).build(),
            undertaking("follow-full-cost-recovery", VOLUNTARY_SECTOR, WILL, SHARED,
                FULL_COST_RECOVERY).build(),
            undertaking("give-three-months-notice", PUBLIC_SECTOR, WILL, SHARED, NOTICE).build(),
            undertaking("develop-local-measures", ALL_PARTNERS, WILL, SHARED,
                "Local measures will also be developed.").build(),
            undertaking("no-sanctions-for-challenge", ALL_PARTNERS, SHOULD, SHARED, NO_SANCTIONS)
                .build(),
            undertaking("ensure-clarity-of-roles", ALL_PARTNERS, WILL, SHARED, CLARITY).build(),
            // Contracts with the VCS are let by the public sector partners.
            undertaking("write-principles-into-contracts", PUBLIC_SECTOR, WILL, SHARED,
                IN_CONTRACTS).build()))
        .addRules(
            // "any change, cessation, or review of existing, current or awarded contracts,
            // grants, agreements or support, (including accommodation assets)", given "by a
            // Public Sector body to all VCS organisations that will be affected"; "this does not
            // apply where there is a previously defined and agreed end date".
            MinimumNoticeRule.builder()
                .id("three-months-notice")
                .modality(WILL)
                .period(TimeSpan.of(3, TimeSpanUnit.MONTHS))
                .addChanges(ChangeKind.CHANGE, ChangeKind.CESSATION, ChangeKind.REVIEW)
                .addArrangements(Arrangement.CONTRACT, Arrangement.GRANT, Arrangement.AGREEMENT,
                    Arrangement.SUPPORT, Arrangement.ACCOMMODATION_ASSET)
                .givenBy(Sector.PUBLIC)
                .givenTo(Sector.VOLUNTARY_COMMUNITY)
                .addExemptions(Exemption.AGREED_END_DATE)
                .source(Citation.of(SHARED, NOTICE))
                .build(),
            // "when tendering and contracting with the Public Sector": contracts awarded by the
            // public sector to the VCS (and social enterprises, which are part of it).
            FullCostRecoveryRule.builder()
                .id("full-cost-recovery")
                .modality(WILL)
                .addArrangements(Arrangement.CONTRACT)
                .recipient(Sector.VOLUNTARY_COMMUNITY)
                .source(Citation.of(SHARED, FULL_COST_RECOVERY))
                .build())
        .addCodesOfPractice(
            CodeOfPractice.builder().id("funding-commissioning-and-procurement")
                .topic("Funding, Commissioning and Procurement Code of Good Practice")
                .inclusion(CodeInclusion.REFERENCED).source(Citation.of(SHARED, CODES)).build(),
            CodeOfPractice.builder().id("compact-leicestershire-codes")
                .topic("current and subsequent agreed Compact Leicestershire codes and guidance")
                .inclusion(CodeInclusion.REFERENCED).source(Citation.of(SHARED, CODES)).build())
        .commitmentForm(CommitmentForm.builder()
            .title(FORM)
            .addStatements(Citation.of(FORM, "We agree with the principles of the Compact"
                + " Leicestershire and will work with our partners in the spirit of the Compact:"))
            .addFields("Name", "Date", "On behalf of Organisation", "Address", "Tel", "Email")
            .returnTo(Contact.builder()
                .attention("Dave Cliffe, Policy & Partnership Team")
                .addAddress("Voluntary Action LeicesterShire", "9 Newarke St.", "Leicester",
                    "LE1 5SN")
                .email("dave.c@valonline.org.uk")
                .build())
            .build())
        .addRelatedDocuments(RelatedDocument.builder()
            .id("national-survey-of-charities-and-social-enterprises")
            .title("National Survey of Charities and Social Enterprises")
            .relation("measures the success of the compact")
            .source(Citation.of(SHARED, MEASURE))
            .build())
        .build();
  }
}
