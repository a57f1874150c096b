package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.stakeholder.SalienceAttributes;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.testkit.Ratings;
import org.covalue.testkit.Stakeholders;
import org.junit.jupiter.api.Test;

/** Laws of stakeholders and their salience attributes as values. */
class StakeholderPropertiesTest {

  private static void assertSameExcept(Stakeholder a, Stakeholder b, String attribute) {
    assertThat(b.id()).isEqualTo(a.id());
    if (!attribute.equals("name")) {
      assertThat(b.name()).isEqualTo(a.name());
    }
    if (!attribute.equals("kind")) {
      assertThat(b.kind()).isEqualTo(a.kind());
    }
    if (!attribute.equals("influence")) {
      assertThat(b.influence()).isEqualTo(a.influence());
    }
    if (!attribute.equals("interest")) {
      assertThat(b.interest()).isEqualTo(a.interest());
    }
    if (!attribute.equals("salience")) {
      assertThat(b.salience()).isEqualTo(a.salience());
    }
    assertThat(b.party()).isEqualTo(a.party());
  }

  @Test
  void aStakeholderRebuiltFromItselfIsEqual() {
    qt().forAll(Stakeholders.stakeholders())
        .checkAssert(
            stakeholder -> {
              Stakeholder copy = Stakeholder.builder().from(stakeholder).build();
              assertThat(copy).isEqualTo(stakeholder).hasSameHashCodeAs(stakeholder);
              assertThat(copy.toString()).isEqualTo(stakeholder.toString());
            });
  }

  @Test
  void eachCopyMethodChangesOnlyItsAttribute() {
    qt().forAll(Stakeholders.stakeholders(), Stakeholders.stakeholders())
        .checkAssert(
            (a, b) -> {
              Stakeholder influence = a.withInfluence(b.influence());
              assertThat(influence.influence()).isEqualTo(b.influence());
              assertSameExcept(a, influence, "influence");
              assertThat(influence)
                  .isEqualTo(Stakeholder.builder().from(a).influence(b.influence()).build());

              Stakeholder interest = a.withInterest(b.interest());
              assertThat(interest.interest()).isEqualTo(b.interest());
              assertSameExcept(a, interest, "interest");

              Stakeholder name = a.withName(b.name());
              assertThat(name.name()).isEqualTo(b.name());
              assertSameExcept(a, name, "name");

              Stakeholder kind = a.withKind(b.kind());
              assertThat(kind.kind()).isEqualTo(b.kind());
              assertSameExcept(a, kind, "kind");
            });
  }

  @Test
  void withSalienceChangesOnlyTheSalience() {
    qt().forAll(Stakeholders.stakeholders(), Stakeholders.salienceAttributes())
        .checkAssert(
            (stakeholder, salience) -> {
              Stakeholder changed = stakeholder.withSalience(salience);
              assertThat(changed.salience()).contains(salience);
              assertSameExcept(stakeholder, changed, "salience");
            });
  }

  @Test
  void stakeholdersThatDifferInOneAttributeAreNotEqual() {
    qt().forAll(Stakeholders.stakeholders(), Stakeholders.stakeholders())
        .checkAssert(
            (a, b) -> {
              assertThat(a.equals(b)).isEqualTo(b.equals(a));
              if (!a.name().equals(b.name())) {
                assertThat(a.withName(b.name())).isNotEqualTo(a);
              }
              if (!a.kind().equals(b.kind())) {
                assertThat(a.withKind(b.kind())).isNotEqualTo(a);
              }
              if (!a.influence().equals(b.influence())) {
                assertThat(a.withInfluence(b.influence())).isNotEqualTo(a);
              }
              if (!a.interest().equals(b.interest())) {
                assertThat(a.withInterest(b.interest())).isNotEqualTo(a);
              }
              if (!a.id().equals(b.id())) {
                assertThat(Stakeholder.builder().from(a).id(b.id()).build()).isNotEqualTo(a);
              }
              if (!a.party().equals(b.party())) {
                assertThat(Stakeholder.builder().from(a).party(b.party()).build()).isNotEqualTo(a);
              }
            });
  }

  @Test
  void salienceAttributesRoundTripThroughOf() {
    qt().forAll(Stakeholders.salienceAttributes())
        .checkAssert(
            attributes -> {
              SalienceAttributes again =
                  SalienceAttributes.of(
                      attributes.power(), attributes.legitimacy(), attributes.urgency());
              assertThat(again).isEqualTo(attributes).hasSameHashCodeAs(attributes);
            });
  }

  @Test
  void salienceAttributesAreEqualExactlyWhenTheirRatingsAre() {
    qt().forAll(Ratings.ratings(), Ratings.ratings(), Ratings.ratings(), Ratings.ratings())
        .checkAssert(
            (p, l, u, other) -> {
              SalienceAttributes attributes = SalienceAttributes.of(p, l, u);
              assertThat(SalienceAttributes.of(other, l, u).equals(attributes))
                  .isEqualTo(other.equals(p));
              assertThat(SalienceAttributes.of(p, other, u).equals(attributes))
                  .isEqualTo(other.equals(l));
              assertThat(SalienceAttributes.of(p, l, other).equals(attributes))
                  .isEqualTo(other.equals(u));
            });
  }
}
