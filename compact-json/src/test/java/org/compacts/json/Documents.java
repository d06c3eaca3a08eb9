package org.compacts.json;

import java.time.LocalDate;
import org.compacts.model.Actor;
import org.compacts.model.BodyType;
import org.compacts.model.Citation;
import org.compacts.model.CodeInclusion;
import org.compacts.model.CodeOfPractice;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.Modality;
import org.compacts.model.Party;
import org.compacts.model.Qualifier;
import org.compacts.model.ResolutionProcedure;
import org.compacts.model.Sector;
import org.compacts.model.Stage;
import org.compacts.model.Undertaking;
import org.compacts.model.YearRange;
import org.compacts.rules.Arrangement;
import org.compacts.rules.ChangeKind;
import org.compacts.rules.Exemption;
import org.compacts.rules.MinimumNoticeRule;
import org.compacts.rules.StageTimeLimitRule;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;

/** A small hand-built compact and its canonical document, shared by the tests. */
final class Documents {
  private Documents() {}

  static Compact small() {
    return Compact.builder()
        .id("example-compact")
        .title("Example Compact")
        .kind(CompactKind.COMPACT)
        .area("Exampleshire")
        .status(CompactStatus.ADOPTED)
        .datedOn(LocalDate.of(2025, 4, 7))
        .period(YearRange.of(2025, 2028))
        .addParties(Party.builder().id("council").name("Exampleshire Council")
            .sector(Sector.PUBLIC).bodyType(BodyType.LOCAL_AUTHORITY).build())
        .addUndertakings(Undertaking.builder().id("council-consults").actor(Actor.PUBLIC_SECTOR)
            .modality(Modality.WILL)
            .addQualifiers(Qualifier.WHERE_APPROPRIATE, Qualifier.WHERE_POSSIBLE)
            .addCodesOfPractice("funding")
            .source(Citation.of("4(ii)", "consult the sector where possible"))
            .build())
        .addRules(MinimumNoticeRule.builder().id("three-months-notice").modality(Modality.WILL)
            .period(TimeSpan.of(3, TimeSpanUnit.MONTHS))
            .addChanges(ChangeKind.CESSATION)
            .addArrangements(Arrangement.GRANT, Arrangement.CONTRACT)
            .givenBy(Sector.PUBLIC).givenTo(Sector.VOLUNTARY_COMMUNITY)
            .addExemptions(Exemption.AGREED_END_DATE)
            .source(Citation.of("Principles", "A minimum of three months notice."))
            .build())
        .addRules(StageTimeLimitRule.builder().id("written-response").modality(Modality.SHOULD)
            .stage(1).period(TimeSpan.of(21, TimeSpanUnit.DAYS))
            .source(Citation.of("Stage 1", "Request a written response within 21 days."))
            .build())
        .addCodesOfPractice(CodeOfPractice.builder().id("funding").topic("Funding")
            .inclusion(CodeInclusion.REFERENCED).build())
        .resolution(ResolutionProcedure.builder()
            .addStages(Stage.builder().number(1).name("Written complaint")
                .source(Citation.of("Stage 1", "Submit a written complaint.")).build())
            .build())
        .build();
  }

  /** The canonical document of {@link #small()}. */
  static final String SMALL = """
      {
        "formatVersion": "1.0",
        "id": "example-compact",
        "title": "Example Compact",
        "kind": "compact",
        "area": "Exampleshire",
        "status": "adopted",
        "datedOn": "2025-04-07",
        "period": {
          "from": 2025,
          "to": 2028
        },
        "parties": [
          {
            "id": "council",
            "name": "Exampleshire Council",
            "sector": "public",
            "bodyType": "local-authority"
          }
        ],
        "undertakings": [
          {
            "id": "council-consults",
            "actor": "public-sector",
            "modality": "will",
            "qualifiers": [
              "where-possible",
              "where-appropriate"
            ],
            "codesOfPractice": [
              "funding"
            ],
            "source": {
              "clause": "4(ii)",
              "text": "consult the sector where possible"
            }
          }
        ],
        "rules": [
          {
            "kind": "minimum-notice",
            "id": "three-months-notice",
            "modality": "will",
            "period": {
              "amount": 3,
              "unit": "months"
            },
            "changes": [
              "cessation"
            ],
            "arrangements": [
              "contract",
              "grant"
            ],
            "givenBy": "public",
            "givenTo": "voluntary-community",
            "exemptions": [
              "agreed-end-date"
            ],
            "source": {
              "clause": "Principles",
              "text": "A minimum of three months notice."
            }
          },
          {
            "kind": "stage-time-limit",
            "id": "written-response",
            "modality": "should",
            "stage": 1,
            "period": {
              "amount": 21,
              "unit": "days"
            },
            "source": {
              "clause": "Stage 1",
              "text": "Request a written response within 21 days."
            }
          }
        ],
        "codesOfPractice": [
          {
            "id": "funding",
            "topic": "Funding",
            "inclusion": "referenced"
          }
        ],
        "resolution": {
          "stages": [
            {
              "number": 1,
              "name": "Written complaint",
              "source": {
                "clause": "Stage 1",
                "text": "Submit a written complaint."
              }
            }
          ]
        }
      }
      """;

  /** The minimal valid document: the required fields only. */
  static final String MINIMAL = "{\"formatVersion\": \"1.0\", \"id\": \"x\", \"title\": \"X\","
      + " \"kind\": \"compact\", \"area\": \"A\", \"status\": \"draft\"}";

  /**
   * The minimal document with one more field after the required ones, or with a required
   * field given another value ({@code "title": 5}).
   */
  static String minimalWith(String field) {
    String name = field.substring(0, field.indexOf(':') + 1);
    int at = MINIMAL.indexOf(name);
    if (at >= 0) {
      int end = MINIMAL.indexOf(',', at);
      return MINIMAL.substring(0, at) + field + MINIMAL.substring(end < 0 ? MINIMAL.length() - 1
          : end);
    }
    return MINIMAL.substring(0, MINIMAL.length() - 1) + ", " + field + "}";
  }
}
