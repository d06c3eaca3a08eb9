package org.compacts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import org.compacts.model.Sector;
import org.compacts.time.TimeSpan;
import org.compacts.time.TimeSpanUnit;
import org.junit.jupiter.api.Test;

class SentenceTest {
  @Test
  void writesDatesSpansAndLabels() {
    assertThat(Sentence.start("On ").date(LocalDate.of(2025, 3, 1)).text(", ")
        .span(TimeSpan.of(1, TimeSpanUnit.WORKING_DAYS)).text(" and ")
        .span(TimeSpan.of(12, TimeSpanUnit.WEEKS)).text(", ")
        .label(Sector.VOLUNTARY_COMMUNITY).text(", stage ").number(2).text(", ")
        .either(EnumSet.of(Sector.PUBLIC, Sector.VOLUNTARY_COMMUNITY, Sector.PRIVATE)).end())
        .isEqualTo("On 2025-03-01, 1 working day and 12 weeks, voluntary-community, stage 2,"
            + " public, voluntary-community or private.");
  }

  @Test
  void writesYearsOutsideFourDigitsAsJavaTimeDoes() {
    assertThat(Sentence.start("").date(LocalDate.of(999, 1, 2)).text(" ")
        .date(LocalDate.of(12345, 12, 31)).end()).isEqualTo("0999-01-02 +12345-12-31.");
  }

  @Test
  void growsPastItsFirstBuffer() {
    Sentence s = Sentence.start("Windows");
    StringBuilder expected = new StringBuilder("Windows");
    for (int i = 0; i < 40; i++) {
      LocalDate day = LocalDate.of(2025, 1, 1).plusDays(i);
      s.text(" ").date(day);
      expected.append(' ').append(day);
    }
    assertThat(s.end()).isEqualTo(expected.append('.').toString());
  }

  @Test
  void keepsCharactersBeyondLatin1() {
    assertThat(Sentence.start("No ").text("réunion–publique").text(" on ")
        .date(LocalDate.of(2025, 1, 31)).text(" ").number(3).end())
        .isEqualTo("No réunion–publique on 2025-01-31 3.");
    assertThat(Sentence.start("会議 ").date(LocalDate.of(2025, 1, 31)).end())
        .isEqualTo("会議 2025-01-31.");
  }
}
