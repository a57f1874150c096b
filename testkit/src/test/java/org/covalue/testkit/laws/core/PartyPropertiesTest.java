package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.covalue.core.PartyId;
import org.covalue.core.party.Party;
import org.covalue.core.party.PartyKind;
import org.covalue.testkit.Parties;
import org.junit.jupiter.api.Test;

/** Laws of the party factories (§1.2.2). */
class PartyPropertiesTest {

  @Test
  void theFactoriesSetTheKindAndTheMembership() {
    qt().forAll(
            Parties.organizations(),
            Parties.members(List.of(PartyId.of("acme"), PartyId.of("desk-team"))))
        .checkAssert(
            (organization, member) -> {
              assertThat(organization.kind()).isEqualTo(PartyKind.ORGANIZATION);
              assertThat(organization.memberOf()).isEmpty();
              assertThat(member.kind()).isIn(PartyKind.PERSON, PartyKind.TEAM);
              assertThat(member.memberOf().map(PartyId::value)).get().isIn("acme", "desk-team");
              Party again =
                  member.kind() == PartyKind.PERSON
                      ? Party.person(member.id(), member.name(), member.memberOf().orElseThrow())
                      : Party.team(member.id(), member.name(), member.memberOf().orElseThrow());
              assertThat(again).isEqualTo(member);
              assertThat(Party.organization(organization.id(), organization.name()))
                  .isEqualTo(organization);
            });
  }
}
