package org.covalue.core.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Level;
import org.covalue.core.PartyId;
import org.covalue.core.Score;
import org.covalue.core.StakeholderId;
import org.covalue.core.Violation;
import org.junit.jupiter.api.Test;

class StakeholderTest {

  static final Stakeholder CFO =
      Stakeholder.builder()
          .id(StakeholderId.of("cfo"))
          .name("Chief financial officer")
          .kind(StakeholderKind.OWNER)
          .influence(Level.HIGH)
          .interest(Score.of(0.4))
          .build();

  @Test
  void keepsWhatItWasBuiltWith() {
    assertThat(CFO.id()).isEqualTo(StakeholderId.of("cfo"));
    assertThat(CFO.name()).isEqualTo("Chief financial officer");
    assertThat(CFO.kind()).isEqualTo(StakeholderKind.OWNER);
    assertThat(CFO.influence()).isEqualTo(Level.HIGH);
    assertThat(CFO.interest()).isEqualTo(Score.of(0.4));
    assertThat(CFO.salience()).isEmpty();
    assertThat(CFO.party()).isEmpty();
  }

  @Test
  void optionalAttributes() {
    SalienceAttributes salience = SalienceAttributes.of(Level.HIGH, Level.LOW, Score.of(0.9));
    Stakeholder linked =
        Stakeholder.builder().from(CFO).salience(salience).party(PartyId.of("acme")).build();
    assertThat(linked.salience()).contains(salience);
    assertThat(linked.party()).contains(PartyId.of("acme"));
    assertThat(salience.power()).isEqualTo(Level.HIGH);
    assertThat(salience.legitimacy()).isEqualTo(Level.LOW);
    assertThat(salience.urgency()).isEqualTo(Score.of(0.9));
  }

  @Test
  void copiesChangeOneAttributeAndKeepTheOthers() {
    Stakeholder later = CFO.withInterest(Level.HIGH);
    assertThat(later.interest()).isEqualTo(Level.HIGH);
    assertThat(later.withInterest(CFO.interest())).isEqualTo(CFO);
    assertThat(CFO.withInfluence(Level.LOW).influence()).isEqualTo(Level.LOW);
    assertThat(CFO.withInfluence(Level.LOW).withInfluence(Level.HIGH)).isEqualTo(CFO);
    assertThat(CFO.withName("CFO").name()).isEqualTo("CFO");
    assertThat(CFO.withKind(StakeholderKind.OTHER).kind()).isEqualTo(StakeholderKind.OTHER);
    assertThat(CFO.withSalience(SalienceAttributes.of(Level.LOW, Level.LOW, Level.LOW)).id())
        .isEqualTo(CFO.id());
  }

  @Test
  void builderFromCopiesEverything() {
    assertThat(Stakeholder.builder().from(CFO).build()).isEqualTo(CFO).hasSameHashCodeAs(CFO);
  }

  @Test
  void blankNameIsRefused() {
    assertThatThrownBy(() -> CFO.withName("  "))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("name: Stakeholder name must not be blank");
  }

  @Test
  void missingAttributesAreAllNamed() {
    assertThatThrownBy(() -> Stakeholder.builder().name("x").build())
        .asInstanceOf(type(InvalidModelException.class))
        .extracting(InvalidModelException::violations)
        .isEqualTo(
            List.of(
                Violation.of("id", "Stakeholder id must be set"),
                Violation.of("kind", "Stakeholder kind must be set"),
                Violation.of("influence", "Stakeholder influence must be set"),
                Violation.of("interest", "Stakeholder interest must be set")));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullIsRefusedWithTheAttributeName() {
    assertThatThrownBy(() -> Stakeholder.builder().influence(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("influence: Stakeholder influence must not be null");
  }
}
