package org.covalue.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.junit.jupiter.api.Test;

class PartyTest {

  private static final PartyId ACME = PartyId.of("acme");

  @Test
  void factoriesForTheThreeKinds() {
    Party acme = Party.organization(ACME, "Acme Ltd");
    Party finance = Party.team(PartyId.of("finance"), "Finance", ACME);
    Party ann = Party.person(PartyId.of("ann"), "Ann", PartyId.of("finance"));
    assertThat(acme.kind()).isEqualTo(PartyKind.ORGANIZATION);
    assertThat(acme.memberOf()).isEmpty();
    assertThat(finance.kind()).isEqualTo(PartyKind.TEAM);
    assertThat(finance.memberOf()).contains(ACME);
    assertThat(ann.kind()).isEqualTo(PartyKind.PERSON);
    assertThat(ann.name()).isEqualTo("Ann");
  }

  @Test
  void copies() {
    Party ann = Party.person(PartyId.of("ann"), "Ann", ACME);
    assertThat(ann.withName("Ann B").name()).isEqualTo("Ann B");
    assertThat(ann.withMemberOf(PartyId.of("other")).memberOf()).contains(PartyId.of("other"));
    assertThat(ann.withMemberOf(PartyId.of("other")).kind()).isEqualTo(PartyKind.PERSON);
    assertThat(Party.builder().from(ann).build()).isEqualTo(ann);
  }

  @Test
  void blankNameAndSelfMembershipAreRefusedTogether() {
    assertThatThrownBy(
            () -> Party.builder().id(ACME).name("").kind(PartyKind.TEAM).memberOf(ACME).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("name: Party name must not be blank")
        .hasMessageContaining("memberOf: Party acme cannot be a member of itself");
  }
}
