package org.covalue.interchange.archimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.covalue.core.model.CoreModel;
import org.covalue.core.testing.NullArgumentChecks;
import org.covalue.journey.model.JourneyModel;
import org.covalue.value.model.ValueModel;
import org.covalue.value.sample.IncidentValue;
import org.covalue.visibility.model.VisibilityModel;
import org.junit.jupiter.api.Test;

/**
 * Passes null to every parameter of every public method of the ArchiMate export: the export's
 * methods are operations and refuse null with a {@link NullPointerException} naming the parameter;
 * {@code of} and {@code withModelName} build settings and refuse it with an {@link
 * org.covalue.core.InvalidModelException} (conventions.md, "Nulls and bad arguments").
 */
class ArchimateNullArgumentsTest {

  @Test
  void everyPublicMethodRefusesNullAsDocumented() {
    ValueModel value = IncidentValue.model();
    NullArgumentChecks checks =
        new NullArgumentChecks()
            .sample(ArchimateExport.class, () -> ArchimateExport.DEFAULT)
            .sample(ValueModel.class, () -> value)
            .sample(JourneyModel.class, value::journey)
            .sample(CoreModel.class, value::core)
            .sample(
                VisibilityModel.class,
                () -> VisibilityModel.builder().journey(value.journey()).build())
            .sample(Writer.class, StringWriter::new)
            .sample(OutputStream.class, ByteArrayOutputStream::new)
            .checkPackages(
                "org.covalue.interchange.archimate", List.of("org.covalue.interchange.archimate"));
    assertThat(checks.failures()).isEmpty();
    assertThat(checks.checked()).hasSizeGreaterThanOrEqualTo(27);
  }
}
