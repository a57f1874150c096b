package org.covalue.value.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.covalue.value.OutcomeId;
import org.covalue.value.analysis.ValueValidator;
import org.covalue.value.model.ValueModel;
import org.covalue.value.outcome.Outcome;
import org.covalue.value.outcome.Output;
import org.junit.jupiter.api.Test;

/**
 * The chapter's mobile phone service (§1.2.6): the same outputs enable different outcomes for
 * different customers, and each outcome belongs to its customer's perspective.
 */
class MobilePhoneTest {

  @Test
  void oneServiceDeliversFourOutputs() {
    assertThat(MobilePhone.outputs())
        .extracting(Output::id)
        .containsExactly(
            MobilePhone.NUMBER, MobilePhone.CALLS, MobilePhone.TEXTS, MobilePhone.RECORDS);
    assertThat(MobilePhone.outputs()).allMatch(o -> o.service().equals(MobilePhone.SERVICE));
  }

  @Test
  void theSameOutputsEnableDifferentOutcomesForDifferentCustomers() {
    List<Outcome> outcomes = MobilePhone.outcomes();
    Outcome family = outcomes.get(0);
    Outcome shop = outcomes.get(1);
    assertThat(family.stakeholder()).isEqualTo(MobilePhone.stakeholder(MobilePhone.FAMILY));
    assertThat(shop.stakeholder()).isEqualTo(MobilePhone.stakeholder(MobilePhone.SHOP));
    assertThat(family.enabledBy()).contains(MobilePhone.NUMBER, MobilePhone.CALLS);
    assertThat(shop.enabledBy()).contains(MobilePhone.NUMBER, MobilePhone.CALLS);
    assertThat(family.name()).isNotEqualTo(shop.name());
    // Many to many: the number serves both outcomes, and each outcome needs several outputs.
    List<OutcomeId> servedByNumber =
        outcomes.stream()
            .filter(o -> o.enabledBy().contains(MobilePhone.NUMBER))
            .map(Outcome::id)
            .toList();
    assertThat(servedByNumber).containsExactly(MobilePhone.KEEP_IN_TOUCH, MobilePhone.MORE_ORDERS);
    assertThat(family.enabledBy()).hasSizeGreaterThan(1);
  }

  @Test
  void theModelIsValid() {
    ValueModel model = MobilePhone.model();
    assertThat(ValueValidator.validate(model)).isEmpty();
    assertThat(model.outcomes()).hasSize(2);
    assertThat(model.core().stakeholders()).hasSize(3);
  }
}
