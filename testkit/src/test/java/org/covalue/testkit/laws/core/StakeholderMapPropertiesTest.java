package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.covalue.core.StakeholderId;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.testkit.Stakeholders;
import org.junit.jupiter.api.Test;

/** Laws of stakeholder maps: lookup by id and the revision methods written by hand (§1.2.1). */
class StakeholderMapPropertiesTest {

  private static List<StakeholderId> ids(StakeholderMap map) {
    List<StakeholderId> ids = new ArrayList<>();
    map.stakeholders().forEach(s -> ids.add(s.id()));
    return ids;
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
}
