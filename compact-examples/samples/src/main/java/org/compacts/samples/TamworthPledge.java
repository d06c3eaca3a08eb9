package org.compacts.samples;

import static org.compacts.model.Actor.PLEDGING_BODY;
import static org.compacts.model.Modality.COMMIT;
import static org.compacts.model.Modality.ENDEAVOUR;
import static org.compacts.model.Modality.RECOGNISE;
import static org.compacts.model.Modality.WILL;
import static org.compacts.model.Qualifier.WHERE_APPROPRIATE;
import static org.compacts.model.Qualifier.WHERE_POSSIBLE;
import static org.compacts.model.Qualifier.WHERE_RELEVANT;
import static org.compacts.samples.Elements.party;
import static org.compacts.samples.Elements.undertaking;

import java.time.LocalDate;
import org.compacts.model.BodyType;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.Sector;
import org.compacts.model.Signatory;

/**
 * The Tamworth Voluntary, Community and Social Enterprise Sector Pledge for Local Authorities,
 * dated 7 April 2022 (source: {@code seeds/tamworth-vcse-pledge-2022.txt}).
 *
 * <p>The pledge is one-sided: its "we" is the council, so every undertaking's actor is the
 * pledging body. Its eight lettered items mix recognitions and commitments; an item that says
 * more than one thing with different force is one undertaking per statement, each citing the
 * item's letter, so that items c, e and g give two or three undertakings each.
 */
final class TamworthPledge {
  static final String ID = "tamworth-vcse-pledge-2022";

  private TamworthPledge() {}

  static Compact compact() {
    return Compact.builder()
        .id(ID)
        .title("Voluntary, Community and Social Enterprise Sector Pledge for Local Authorities")
        .kind(CompactKind.PLEDGE)
        .area("Tamworth")
        .status(CompactStatus.ADOPTED)
        .datedOn(LocalDate.of(2022, 4, 7))
        .addParties(
            party("support-staffordshire", "Support Staffordshire", Sector.VOLUNTARY_COMMUNITY,
                BodyType.INFRASTRUCTURE_BODY),
            party("tamworth-borough-council", "Tamworth Borough Council", Sector.PUBLIC,
                BodyType.LOCAL_AUTHORITY))
        .addSignatories(
            Signatory.builder().id("garry-jones").name("Garry Jones").position("Chief Executive")
                .party("support-staffordshire").build(),
            Signatory.builder().id("jeremy-oates").name("Cllr Jeremy Oates")
                .position("Leader of the Council").party("tamworth-borough-council").build())
        .addUndertakings(
            undertaking("recognise-vcse-role", PLEDGING_BODY, RECOGNISE, "a",
                "We recognise and value the critical role of the voluntary, community and social"
                    + " enterprise (VCSE) sector in the local community, including but not limited"
                    + " to providing an important array of local services to our residents.")
                .build(),
            undertaking("work-together-on-shared-aims", PLEDGING_BODY, COMMIT, "b",
                "We share many aims for improving the lives of local people, with the VCSE sector"
                    + " and as such commit to working together where possible, to achieve those"
                    + " joint aims.", WHERE_POSSIBLE)
                .build(),
            undertaking("recognise-insight-and-connection", PLEDGING_BODY, RECOGNISE, "c",
                "We recognise the role of VCSE organisations in providing insight and connecting"
                    + " us to communities of place, interest and identity with whom we may wish to"
                    + " consult and collaborate.")
                .build(),
            undertaking("engage-fairly-and-timely", PLEDGING_BODY, ENDEAVOUR, "c",
                "We will do our best to engage the sector in a fair and timely manner.")
                .build(),
            undertaking("fair-formal-representation", PLEDGING_BODY, WILL, "d",
                "Where we seek formal representation from the sector we will do so in a fair,"
                    + " transparent and accountable manner.")
                .build(),
            undertaking("recognise-disagreement", PLEDGING_BODY, RECOGNISE, "e",
                "We recognise that in some cases, from time to time, some VCSEs may disagree with"
                    + " particular public policies or the ways in which we decide to deliver"
                    + " services.")
                .build(),
            undertaking("recognise-independence", PLEDGING_BODY, RECOGNISE, "e",
                "We recognise their independence from statutory and political structures and"
                    + " their right to disagree.")
                .build(),
            undertaking("keep-working-with-dissenters", PLEDGING_BODY, WILL, "e",
                "Where possible we will continue to work with such organisations in a mutually"
                    + " constructive way, bearing in mind the wider aims which we may share.",
                WHERE_POSSIBLE)
                .build(),
            undertaking("recognise-professional-organisations", PLEDGING_BODY, RECOGNISE, "f",
                "We recognise that many charities, larger community organisations and social"
                    + " enterprises are professional organisations delivering high quality services"
                    + " and should be thought of as businesses and employers as well as 'voluntary"
                    + " sector', especially in terms of local economic planning.")
                .build(),
            undertaking("fair-commissioning", PLEDGING_BODY, WILL, "g",
                "Where we commission, procure or contract with the VCSE sector, we will do so in"
                    + " a fair, proportionate and transparent way.")
                .build(),
            undertaking("social-value-in-procurement", PLEDGING_BODY, WILL, "g",
                "Where relevant we will include in our procurement proper measures of social value"
                    + " in addition to value for money, including where appropriate 'buying"
                    + " local'.", WHERE_RELEVANT, WHERE_APPROPRIATE)
                .build(),
            undertaking("innovative-procurement", PLEDGING_BODY, WILL, "g",
                "Where appropriate we will use innovative forms of procurement rather than"
                    + " relying upon the standard competitive tender alone.", WHERE_APPROPRIATE)
                .build(),
            undertaking("work-with-umbrella-bodies", PLEDGING_BODY, RECOGNISE, "h",
                "As a large and complex 'sector' we recognise the value of working closely with"
                    + " relevant umbrella bodies from Team Staffordshire, to maximise our ability"
                    + " to have a wide and open dialogue with as much of the VCSE sector as"
                    + " possible.")
                .build())
        .build();
  }
}
