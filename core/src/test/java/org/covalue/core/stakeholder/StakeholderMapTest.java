package org.covalue.core.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.time.LocalDate;
import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Level;
import org.covalue.core.StakeholderId;
import org.covalue.core.Violation;
import org.junit.jupiter.api.Test;

class StakeholderMapTest {

  private static Stakeholder stakeholder(String id) {
    return Stakeholder.builder()
        .id(StakeholderId.of(id))
        .name(id)
        .kind(StakeholderKind.OTHER)
        .influence(Level.LOW)
        .interest(Level.LOW)
        .build();
  }

  private final StakeholderMap map =
      StakeholderMap.builder()
          .asOf(LocalDate.of(2026, 1, 1))
          .label("explore")
          .addStakeholders(stakeholder("a"), stakeholder("b"))
          .build();

  @Test
  void holdsSnapshotDateLabelAndStakeholdersInOrder() {
    assertThat(map.asOf()).contains(LocalDate.of(2026, 1, 1));
    assertThat(map.label()).contains("explore");
    assertThat(map.stakeholders()).extracting(s -> s.id().value()).containsExactly("a", "b");
    assertThat(map.stakeholder(StakeholderId.of("b"))).contains(stakeholder("b"));
    assertThat(map.stakeholder(StakeholderId.of("z"))).isEmpty();
  }

  @Test
  void anEmptyMapIsValid() {
    StakeholderMap empty = StakeholderMap.builder().build();
    assertThat(empty.stakeholders()).isEmpty();
    assertThat(empty.asOf()).isEmpty();
    assertThat(empty.label()).isEmpty();
  }

  @Test
  void withStakeholderReplacesByIdOrAppends() {
    Stakeholder moved = stakeholder("a").withInfluence(Level.HIGH);
    StakeholderMap revised = map.withStakeholder(moved);
    assertThat(revised.stakeholders()).containsExactly(moved, stakeholder("b"));
    StakeholderMap grown = map.withStakeholder(stakeholder("c"));
    assertThat(grown.stakeholders()).extracting(s -> s.id().value()).containsExactly("a", "b", "c");
    assertThat(grown.asOf()).isEqualTo(map.asOf());
  }

  @Test
  void withoutStakeholderRemovesOnlyThatId() {
    assertThat(map.withoutStakeholder(StakeholderId.of("a")).stakeholders())
        .containsExactly(stakeholder("b"));
    assertThat(map.withoutStakeholder(StakeholderId.of("z"))).isEqualTo(map);
  }

  @Test
  void copiesKeepTheOtherAttributes() {
    StakeholderMap later = map.withAsOf(LocalDate.of(2026, 6, 1)).withLabel("agree");
    assertThat(later.stakeholders()).isEqualTo(map.stakeholders());
    assertThat(later.label()).contains("agree");
    assertThat(StakeholderMap.builder().from(map).build()).isEqualTo(map);
  }

  @Test
  void duplicateIdsAreRefusedWithTheirPositions() {
    assertThatThrownBy(
            () ->
                StakeholderMap.builder()
                    .addStakeholders(
                        stakeholder("a"), stakeholder("b"), stakeholder("a"), stakeholder("a"))
                    .label(" ")
                    .build())
        .asInstanceOf(type(InvalidModelException.class))
        .extracting(InvalidModelException::violations)
        .isEqualTo(
            List.of(
                Violation.of("label", "Map label must not be blank when given", " "),
                Violation.of(
                    "stakeholders[2].id",
                    "Stakeholder id a appears twice, first at stakeholders[0]",
                    "a"),
                Violation.of(
                    "stakeholders[3].id",
                    "Stakeholder id a appears twice, first at stakeholders[0]",
                    "a")));
  }
}
