package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.covalue.core.PartyId;
import org.covalue.core.party.Party;
import org.covalue.core.party.PartyKind;
import org.covalue.testkit.Parties;
import org.junit.jupiter.api.Test;

/** Laws of parties as values. */
class PartyPropertiesTest {

  @Test
  void aPartyRebuiltFromItselfIsEqual() {
    qt().forAll(Parties.parties())
        .checkAssert(
            party -> {
              Party copy = Party.builder().from(party).build();
              assertThat(copy).isEqualTo(party).hasSameHashCodeAs(party);
            });
  }

  @Test
  void eachCopyMethodChangesOnlyItsAttribute() {
    qt().forAll(Parties.parties(), Parties.parties())
        .checkAssert(
            (a, b) -> {
              Party renamed = a.withName(b.name());
              assertThat(renamed.name()).isEqualTo(b.name());
              assertThat(renamed.id()).isEqualTo(a.id());
              assertThat(renamed.kind()).isEqualTo(a.kind());
              assertThat(renamed.memberOf()).isEqualTo(a.memberOf());

              if (!b.id().equals(a.id())) {
                Party moved = a.withMemberOf(b.id());
                assertThat(moved.memberOf()).contains(b.id());
                assertThat(moved.id()).isEqualTo(a.id());
                assertThat(moved.name()).isEqualTo(a.name());
                assertThat(moved.kind()).isEqualTo(a.kind());
                assertThat(moved).isEqualTo(Party.builder().from(a).memberOf(b.id()).build());
              }
            });
  }

  @Test
  void partiesThatDifferInOneAttributeAreNotEqual() {
    qt().forAll(Parties.parties(), Parties.parties())
        .checkAssert(
            (a, b) -> {
              if (!a.name().equals(b.name())) {
                assertThat(a.withName(b.name())).isNotEqualTo(a);
              }
              if (a.kind() != b.kind()) {
                assertThat(Party.builder().from(a).kind(b.kind()).build()).isNotEqualTo(a);
              }
              if (!a.id().equals(b.id()) && !a.memberOf().equals(Optional.of(b.id()))) {
                assertThat(a.withMemberOf(b.id())).isNotEqualTo(a);
              }
            });
  }

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
