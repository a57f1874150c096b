package org.covalue.value.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.covalue.journey.ValueStreamActivityId;
import org.covalue.value.ValueDimension;
import org.covalue.value.outcome.Output;
import org.junit.jupiter.api.Test;

/** The incident sample's outputs come from the activities of the desk's value stream. */
class IncidentValueTest {

  @Test
  void theIncidentRecordIsLoggedAndTheScannerReplaced() {
    Output record = IncidentValue.model().outputs().get(0);
    Output scanner = IncidentValue.model().outputs().get(1);
    assertThat(record.id()).isEqualTo(IncidentValue.INCIDENT_RECORD);
    assertThat(record.activity()).contains(ValueStreamActivityId.of("log-incident"));
    assertThat(scanner.id()).isEqualTo(IncidentValue.WORKING_SCANNER);
    assertThat(scanner.activity()).contains(ValueStreamActivityId.of("replace-device"));
  }

  @Test
  void theUsersCoCreationFacilitatesItsOutcome() {
    assertThat(IncidentValue.model().contributions().get(0).dimension().title())
        .isEqualTo("Facilitate outcome and experience");
    // The survey adds 0.5 and removes 1.
    assertThat(IncidentValue.model().contributions().get(1).net()).isEqualTo(-0.5);
  }

  @Test
  void theDimensionsHaveTitles() {
    assertThat(ValueDimension.OPTIMIZE_RISK_AND_COMPLIANCE.title())
        .isEqualTo("Optimize risk and compliance");
  }
}
