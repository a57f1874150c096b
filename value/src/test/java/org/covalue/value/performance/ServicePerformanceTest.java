package org.covalue.value.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.covalue.value.sample.IncidentValue;
import org.junit.jupiter.api.Test;

/** A service is fit for use when it has agreed warranty and none of it was measured short. */
class ServicePerformanceTest {

  private static final ServicePerformance SAMPLE = IncidentValue.model().performances().get(0);

  @Test
  void restoringInSixHoursWhereFourAreAgreedIsNotFitForUse() {
    assertThat(SAMPLE.isFitForUse()).isFalse();
  }

  @Test
  void availabilityMeasuredAboveItsLevelAloneIsFitForUse() {
    // 97% of shift hours covered against 95% agreed.
    assertThat(SAMPLE.withWarranty(List.of(SAMPLE.warranty().get(0))).isFitForUse()).isTrue();
  }

  @Test
  void withoutAgreedWarrantyAServiceIsNotFitForUse() {
    assertThat(SAMPLE.withWarranty(List.of()).isFitForUse()).isFalse();
  }
}
