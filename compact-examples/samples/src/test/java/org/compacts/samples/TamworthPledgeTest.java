package org.compacts.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.compacts.model.Actor;
import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.Modality;
import org.compacts.model.Qualifier;
import org.compacts.model.Sector;
import org.compacts.model.Signatory;
import org.compacts.model.Undertaking;
import org.junit.jupiter.api.Test;

class TamworthPledgeTest {
  private final Compact pledge = SampleCompacts.tamworth();

  @Test
  void isAnAdoptedPledgeDatedSeventhApril2022() {
    assertThat(pledge.getId()).isEqualTo("tamworth-vcse-pledge-2022");
    assertThat(pledge.getKind()).isEqualTo(CompactKind.PLEDGE);
    assertThat(pledge.getStatus()).isEqualTo(CompactStatus.ADOPTED);
    assertThat(pledge.getDatedOn()).contains(LocalDate.of(2022, 4, 7));
    assertThat(pledge.getTitle())
        .isEqualTo("Voluntary, Community and Social Enterprise Sector Pledge for Local Authorities");
    assertThat(pledge.getArea()).isEqualTo("Tamworth");
  }

  @Test
  void holdsEightItemsLetteredAToH() {
    List<String> items = pledge.getUndertakings().stream().map(u -> u.getSource().getClause())
        .distinct().collect(Collectors.toList());
    assertThat(items).containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
  }

  @Test
  void everyItemIsThePledgingBodysAndMixesRecognitionsWithCommitments() {
    assertThat(pledge.getUndertakings()).extracting(Undertaking::getActor)
        .containsOnly(Actor.PLEDGING_BODY);
    Map<String, List<Modality>> byItem = new LinkedHashMap<>();
    pledge.getUndertakings().forEach(u -> byItem.computeIfAbsent(u.getSource().getClause(),
        k -> new ArrayList<>()).add(u.getModality()));
    assertThat(byItem).containsExactly(
        Map.entry("a", List.of(Modality.RECOGNISE)),
        Map.entry("b", List.of(Modality.COMMIT)),
        Map.entry("c", List.of(Modality.RECOGNISE, Modality.ENDEAVOUR)),
        Map.entry("d", List.of(Modality.WILL)),
        Map.entry("e", List.of(Modality.RECOGNISE, Modality.RECOGNISE, Modality.WILL)),
        Map.entry("f", List.of(Modality.RECOGNISE)),
        Map.entry("g", List.of(Modality.WILL, Modality.WILL, Modality.WILL)),
        Map.entry("h", List.of(Modality.RECOGNISE)));
  }

  @Test
  void classifiesTheQualifiersOfItemsBEAndG() {
    assertThat(pledge.getUndertakings())
        .filteredOn(u -> !u.getQualifiers().isEmpty())
        .extracting(u -> u.getSource().getClause(), Undertaking::getQualifiers)
        .containsExactly(
            tuple("b", Set.of(Qualifier.WHERE_POSSIBLE)),
            tuple("e", Set.of(Qualifier.WHERE_POSSIBLE)),
            tuple("g", Set.of(Qualifier.WHERE_RELEVANT, Qualifier.WHERE_APPROPRIATE)),
            tuple("g", Set.of(Qualifier.WHERE_APPROPRIATE)));
  }

  @Test
  void quotesItemGWordForWord() {
    assertThat(pledge.getUndertakings()).filteredOn(u -> u.getSource().getClause().equals("g"))
        .extracting(u -> u.getSource().getText())
        .containsExactly(
            "Where we commission, procure or contract with the VCSE sector, we will do so in a"
                + " fair, proportionate and transparent way.",
            "Where relevant we will include in our procurement proper measures of social value in"
                + " addition to value for money, including where appropriate 'buying local'.",
            "Where appropriate we will use innovative forms of procurement rather than relying"
                + " upon the standard competitive tender alone.");
  }

  @Test
  void isSignedByTwoPeopleForTheSectorAndTheCouncil() {
    assertThat(pledge.getSignatories())
        .extracting(Signatory::getName, Signatory::getPosition,
            s -> pledge.findParty(s.getParty()).orElseThrow().getName(),
            s -> pledge.findParty(s.getParty()).orElseThrow().getSector())
        .containsExactly(
            tuple("Garry Jones", "Chief Executive", "Support Staffordshire",
                Sector.VOLUNTARY_COMMUNITY),
            tuple("Cllr Jeremy Oates", "Leader of the Council", "Tamworth Borough Council",
                Sector.PUBLIC));
  }

  @Test
  void statesNoQuantifiedRule() {
    assertThat(pledge.getRules()).isEmpty();
    assertThat(pledge.getResolution()).isEmpty();
  }
}
