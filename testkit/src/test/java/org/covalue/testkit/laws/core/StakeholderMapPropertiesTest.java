package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.covalue.core.StakeholderId;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.testkit.Stakeholders;
import org.junit.jupiter.api.Test;

/** Laws of stakeholder maps as values, and of their lookup and revision methods. */
class StakeholderMapPropertiesTest {

  private static List<StakeholderId> ids(StakeholderMap map) {
    List<StakeholderId> ids = new ArrayList<>();
    map.stakeholders().forEach(s -> ids.add(s.id()));
    return ids;
  }

  @Test
  void aMapRebuiltFromItselfIsEqual() {
    qt().forAll(Stakeholders.maps())
        .checkAssert(
            map -> {
              StakeholderMap copy = StakeholderMap.builder().from(map).build();
              assertThat(copy).isEqualTo(map).hasSameHashCodeAs(map);
            });
  }

  @Test
  void eachCopyMethodChangesOnlyItsAttribute() {
    qt().forAll(Stakeholders.maps(), Stakeholders.maps())
        .checkAssert(
            (a, b) -> {
              LocalDate date = b.asOf().orElse(LocalDate.of(2030, 1, 1));
              StakeholderMap dated = a.withAsOf(date);
              assertThat(dated.asOf()).contains(date);
              assertThat(dated.label()).isEqualTo(a.label());
              assertThat(dated.stakeholders()).isEqualTo(a.stakeholders());

              String label = b.label().orElse("revised");
              StakeholderMap labelled = a.withLabel(label);
              assertThat(labelled.label()).contains(label);
              assertThat(labelled.asOf()).isEqualTo(a.asOf());
              assertThat(labelled.stakeholders()).isEqualTo(a.stakeholders());

              StakeholderMap restaffed = a.withStakeholders(b.stakeholders());
              assertThat(restaffed.stakeholders()).isEqualTo(b.stakeholders());
              assertThat(restaffed.asOf()).isEqualTo(a.asOf());
              assertThat(restaffed.label()).isEqualTo(a.label());
            });
  }

  @Test
  void everyStakeholderIsFoundByItsId() {
    qt().forAll(Stakeholders.maps(), Stakeholders.stakeholders())
        .checkAssert(
            (map, outsider) -> {
              for (Stakeholder stakeholder : map.stakeholders()) {
                assertThat(map.stakeholder(stakeholder.id())).contains(stakeholder);
              }
              assertThat(map.stakeholder(outsider.id()).isPresent())
                  .isEqualTo(ids(map).contains(outsider.id()));
            });
  }

  @Test
  void withStakeholderReplacesInPlaceOrAppends() {
    qt().forAll(Stakeholders.maps(), Stakeholders.stakeholders())
        .checkAssert(
            (map, stakeholder) -> {
              StakeholderMap revised = map.withStakeholder(stakeholder);
              assertThat(revised.stakeholder(stakeholder.id())).contains(stakeholder);
              List<StakeholderId> before = ids(map);
              if (before.contains(stakeholder.id())) {
                assertThat(ids(revised)).isEqualTo(before);
              } else {
                List<StakeholderId> expected = new ArrayList<>(before);
                expected.add(stakeholder.id());
                assertThat(ids(revised)).isEqualTo(expected);
              }
              for (Stakeholder other : map.stakeholders()) {
                if (!other.id().equals(stakeholder.id())) {
                  assertThat(revised.stakeholder(other.id())).contains(other);
                }
              }
            });
  }

  @Test
  void withoutStakeholderRemovesExactlyThatOne() {
    qt().forAll(Stakeholders.maps(), Stakeholders.stakeholders())
        .checkAssert(
            (map, outsider) -> {
              assertThat(map.withoutStakeholder(outsider.id()).stakeholders().size())
                  .isEqualTo(
                      map.stakeholders().size() - (ids(map).contains(outsider.id()) ? 1 : 0));
              for (Stakeholder stakeholder : map.stakeholders()) {
                StakeholderMap without = map.withoutStakeholder(stakeholder.id());
                assertThat(without.stakeholder(stakeholder.id())).isEmpty();
                List<StakeholderId> expected = ids(map);
                expected.remove(stakeholder.id());
                assertThat(ids(without)).isEqualTo(expected);
                assertThat(without.withStakeholder(stakeholder).stakeholder(stakeholder.id()))
                    .contains(stakeholder);
              }
            });
  }

  @Test
  void mapsHoldEachIdOnce() {
    qt().forAll(Stakeholders.maps())
        .checkAssert(map -> assertThat(ids(map)).doesNotHaveDuplicates());
  }
}
