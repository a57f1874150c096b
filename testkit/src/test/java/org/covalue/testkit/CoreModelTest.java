package org.covalue.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.party.Party;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.junit.jupiter.api.Test;

class CoreModelTest {

  private static final Party ACME = Party.organization(PartyId.of("acme"), "Acme");
  private static final Party IT = Party.organization(PartyId.of("it"), "IT services");
  private static final Party ANA = Party.person(PartyId.of("ana"), "Ana", PartyId.of("acme"));
  private static final ServiceRelationship DESK =
      ServiceRelationship.builder()
          .id(ServiceRelationshipId.of("desk"))
          .provider(IT.id())
          .consumer(ACME.id())
          .type(ServiceRelationshipType.BASIC)
          .build();

  @Test
  void anEmptyModelIsValidAndHasNoElement() {
    CoreModel empty = CoreModel.builder().build();
    assertThat(empty.size()).isZero();
    assertThat(empty.validate()).isEmpty();
    assertThat(empty.network().relationships()).isEmpty();
    assertThat(empty.stakeholderMap().stakeholders()).isEmpty();
  }

  @Test
  void theViewsAndTheValidatorSeeTheElements() {
    CoreModel model =
        CoreModel.builder().parties(List.of(ACME, IT, ANA)).relationships(List.of(DESK)).build();
    assertThat(model.size()).isEqualTo(4);
    assertThat(model.organizations()).containsExactly(ACME.id(), IT.id());
    assertThat(model.network().relationships()).containsExactly(DESK);
    assertThat(model.validate()).isEmpty();

    CoreModel dangling = model.toBuilder().parties(List.of(ACME, ANA)).build();
    assertThat(dangling.validate())
        .extracting(v -> v.path())
        .containsExactly("relationships[0].provider");
    assertThatThrownBy(() -> dangling.validator().requireValid())
        .isInstanceOf(InvalidModelException.class);
  }

  @Test
  void modelsAreEqualByTheirElements() {
    CoreModel model =
        CoreModel.builder().parties(List.of(ACME, IT)).relationships(List.of(DESK)).build();
    assertThat(model.toBuilder().build()).isEqualTo(model).hasSameHashCodeAs(model);
    assertThat(model.toBuilder().parties(List.of(IT, ACME)).build()).isNotEqualTo(model);
    assertThat(model.toString()).startsWith("CoreModel{parties=[").contains("desk");
  }

  @Test
  void anInvalidModelNeedsAnExpectedPathAndRunsTheValidator() {
    CoreModel dangling = CoreModel.builder().relationships(List.of(DESK)).build();
    assertThatThrownBy(() -> InvalidModel.of(dangling, "no parties", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    InvalidModel invalid =
        InvalidModel.of(dangling, "no party is there", List.of("relationships[0].provider"));
    assertThat(invalid.asInvalidInput().rejection().violations())
        .extracting(v -> v.path())
        .containsExactly("relationships[0].provider", "relationships[0].consumer");
    assertThat(invalid.toString())
        .startsWith(
            "model in which no party is there (expects a violation at relationships[0].provider)");
  }
}
