package org.covalue.core.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.covalue.core.InvalidModelException;
import org.junit.jupiter.api.Test;

class StakeholderKindTest {

  @Test
  void predefinedKindsAreTheChaptersExamplesPlusConsumerProviderAndOther() {
    assertThat(StakeholderKind.predefined())
        .extracting(StakeholderKind::code)
        .containsExactly(
            "OWNER",
            "PROVIDER_EMPLOYEE",
            "THIRD_PARTY_SUPPLIER",
            "COMPETITOR",
            "REGULATOR",
            "UNION",
            "INDUSTRY_ASSOCIATION",
            "COMMUNITY",
            "SOCIETY",
            "SERVICE_CONSUMER",
            "SERVICE_PROVIDER",
            "OTHER");
    for (StakeholderKind kind : StakeholderKind.predefined()) {
      assertThat(kind.isPredefined()).isTrue();
      assertThat(kind.description()).isPresent();
      assertThat(StakeholderKind.of(kind.code())).isSameAs(kind);
    }
  }

  @Test
  void regulatorMeansRuleSetting() {
    assertThat(StakeholderKind.REGULATOR.description().orElseThrow()).contains("rules");
    assertThat(StakeholderKind.THIRD_PARTY_SUPPLIER.description().orElseThrow())
        .contains("Supplies");
  }

  @Test
  void customKindsKeepTheListOpen() {
    StakeholderKind investor = StakeholderKind.of("INVESTOR");
    assertThat(investor.code()).isEqualTo("INVESTOR");
    assertThat(investor.isPredefined()).isFalse();
    assertThat(investor.description()).isEmpty();
    assertThat(investor).isEqualTo(StakeholderKind.of("INVESTOR")).hasToString("INVESTOR");
    assertThat(investor).hasSameHashCodeAs(StakeholderKind.of("INVESTOR"));
    assertThat(investor).isNotEqualTo(StakeholderKind.OWNER);
    assertThat(StakeholderKind.predefined()).doesNotContain(investor);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullCodeIsRefused() {
    assertThatThrownBy(() -> StakeholderKind.of(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Stakeholder kind must not be null");
  }

  @Test
  void codesAreUpperCaseSnakeCase() {
    assertThat(StakeholderKind.of("A" + "B".repeat(63)).code()).hasSize(64);
    for (String bad : new String[] {"investor", "1ST", "", "A B", "A-B", "A" + "B".repeat(64)}) {
      assertThatThrownBy(() -> StakeholderKind.of(bad))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("Stakeholder kind must be 1 to 64 upper-case letters")
          .hasMessageEndingWith("but was \"" + bad + "\"");
    }
  }
}
