package org.compacts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.compacts.model.Compact;
import org.compacts.model.CompactKind;
import org.compacts.model.CompactStatus;
import org.compacts.model.Contact;
import org.compacts.model.ExternalBody;
import org.compacts.model.ResolutionProcedure;
import org.junit.jupiter.api.Test;

/** An absent optional text is valid; a present but blank one is not. */
class OptionalTextValidationTest {
  private static Compact withContact(Contact contact) {
    return Compact.builder()
        .id("example-compact")
        .title("Example Compact")
        .kind(CompactKind.COMPACT)
        .area("Example")
        .status(CompactStatus.DRAFT)
        .resolution(ResolutionProcedure.builder()
            .addExternalBodies(ExternalBody.builder()
                .id("ombudsman")
                .name("The Ombudsman")
                .contact(contact)
                .build())
            .build())
        .build();
  }

  @Test
  void absentOptionalTextsAreValid() {
    Compact compact = withContact(Contact.builder().website("www.lgo.org.uk").build());

    assertThat(CompactValidator.create().validate(compact)).isEmpty();
  }

  @Test
  void blankOptionalTextIsReported() {
    Compact compact = withContact(Contact.builder().attention(" ").build());

    assertThat(CompactValidator.create().validate(compact))
        .extracting(Violation::getCode, Violation::getPath)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("blank-text",
                "resolution.externalBodies[0].contact.attention"));
  }
}
