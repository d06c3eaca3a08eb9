package org.compacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.compacts.model.Compact;
import org.compacts.model.GovernanceBody;
import org.compacts.model.Seat;
import org.compacts.model.Sector;
import org.junit.jupiter.api.Test;

/** Governance bodies with members and seats: their JSON, and seats that do not add up. */
class GovernanceBodyJsonTest {
  private final CompactJson json = CompactJson.create();

  private static final String BODY = String.join("\n",
      "{",
      "  \"formatVersion\": \"1.0\",",
      "  \"id\": \"x\",",
      "  \"title\": \"X\",",
      "  \"kind\": \"compact\",",
      "  \"area\": \"A\",",
      "  \"status\": \"draft\",",
      "  \"governance\": {",
      "    \"bodies\": [",
      "      {",
      "        \"id\": \"compact-group\",",
      "        \"name\": \"Exampleshire Compact Group\",",
      "        \"members\": 13,",
      "        \"seats\": [",
      "          {",
      "            \"sector\": \"public\",",
      "            \"count\": 6",
      "          },",
      "          {",
      "            \"sector\": \"voluntary-community\",",
      "            \"count\": 6",
      "          },",
      "          {",
      "            \"count\": 1,",
      "            \"role\": \"independent Chair\"",
      "          }",
      "        ],",
      "        \"source\": {",
      "          \"clause\": \"Governance\",",
      "          \"text\": \"Six members from each sector and an independent Chair.\"",
      "        }",
      "      }",
      "    ]",
      "  }",
      "}",
      "");

  @Test
  void aBodyWithItsSeatsReadsAndWritesBackUnchanged() {
    Compact compact = json.read(BODY);
    GovernanceBody body = compact.getGovernance().orElseThrow().getBodies().get(0);
    assertThat(body.getMembers()).contains(13);
    assertThat(body.getSeats()).containsExactly(Seat.of(Sector.PUBLIC, 6),
        Seat.of(Sector.VOLUNTARY_COMMUNITY, 6),
        Seat.builder().count(1).role("independent Chair").build());
    assertThat(json.write(compact)).isEqualTo(BODY);
  }

  @Test
  void seatsThatDoNotAddUpAreAProblemLocatedAtTheSeats() {
    String doc = BODY.replace("\"members\": 13", "\"members\": 12");
    CompactJsonException e = catchThrowableOfType(CompactJsonException.class,
        () -> json.read(doc));
    assertThat(e.getProblems()).singleElement().satisfies(p -> {
      assertThat(p.getCode()).isEqualTo("seat-count");
      assertThat(p.getPointer()).isEqualTo("/governance/bodies/0/seats");
      assertThat(p.getLine()).isEqualTo(14);
      assertThat(p.getColumn()).isEqualTo(9);
      assertThat(p.getMessage()).isEqualTo("governance.bodies[0].seats of 'compact-group' add"
          + " up to 13 seats, but the body has 12 members.");
    });
  }

  @Test
  void aSeatOfNeitherSectorNorRoleAndANonPositiveCountAreLocated() {
    String doc = BODY.replace("\"count\": 1,\n            \"role\": \"independent Chair\"",
        "\"count\": 0");
    CompactJsonException e = catchThrowableOfType(CompactJsonException.class,
        () -> json.read(doc));
    assertThat(e.getProblems()).extracting(JsonProblem::getPointer, JsonProblem::getCode)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("/governance/bodies/0/seats", "seat-count"),
            org.assertj.core.groups.Tuple.tuple("/governance/bodies/0/seats/2", "seat-unnamed"),
            org.assertj.core.groups.Tuple.tuple("/governance/bodies/0/seats/2/count",
                "not-positive"));
  }

  @Test
  void membersMustBeAWholeNumber() {
    String doc = BODY.replace("\"members\": 13", "\"members\": \"13\"");
    CompactJsonException e = catchThrowableOfType(CompactJsonException.class,
        () -> json.read(doc));
    assertThat(e.getProblems()).extracting(JsonProblem::getPointer)
        .containsExactly("/governance/bodies/0/members");
  }
}
