package org.covalue.value.outcome;

import java.util.Optional;
import org.covalue.core.ServiceId;
import org.covalue.core.Violations;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.value.OutputId;
import org.immutables.value.Value;

/**
 * Something an activity of a service delivers, tangible or not (ITIL 4: Drive Stakeholder Value,
 * §1.2.6): for a mobile phone service, the phone number, the calls, the text messages and the
 * records of use. An output is not yet value: it becomes valuable through the {@link Outcome}s it
 * makes possible for stakeholders, and one output can serve different outcomes for different
 * stakeholders.
 *
 * <pre>{@code
 * Output number = Output.builder()
 *     .id(OutputId.of("phone-number"))
 *     .name("A phone number")
 *     .service(ServiceId.of("mobile"))
 *     .form(OutputForm.INTANGIBLE)
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Output {

  Output() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, unique among the outputs of a model.
   *
   * @return the id
   */
  public abstract OutputId id();

  /**
   * Returns the output's name.
   *
   * @return a name that is not blank
   */
  public abstract String name();

  /**
   * Returns the service whose activities deliver the output.
   *
   * @return the service's id
   */
  public abstract ServiceId service();

  /**
   * Returns whether the output is tangible.
   *
   * @return tangible or intangible
   */
  public abstract OutputForm form();

  /**
   * Returns the value-stream activity that delivers the output, when the model has it.
   *
   * @return the activity's id, or empty
   */
  public abstract Optional<ValueStreamActivityId> activity();

  /**
   * Returns a description.
   *
   * @return a text, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns a copy with another id.
   *
   * @param id the new value
   * @return the copy
   */
  public abstract Output withId(OutputId id);

  /**
   * Returns a copy with another name.
   *
   * @param name the new value
   * @return the copy
   */
  public abstract Output withName(String name);

  /**
   * Returns a copy delivered by another service.
   *
   * @param service the new value
   * @return the copy
   */
  public abstract Output withService(ServiceId service);

  /**
   * Returns a copy with another form.
   *
   * @param form the new value
   * @return the copy
   */
  public abstract Output withForm(OutputForm form);

  /**
   * Returns a copy delivered by another activity.
   *
   * @param activity the new value
   * @return the copy
   */
  public abstract Output withActivity(ValueStreamActivityId activity);

  @Value.Check
  void check() {
    Violations.collect()
        .checkName(name(), "name", "Output name")
        .checkText(description(), "description", "Output description")
        .throwIfAny();
  }

  /**
   * Builds {@link Output}s; id, name, service and form are required.
   *
   * <p>Set each attribute with the method of its name, such as {@code name(..)}; an optional
   * attribute may be left unset. {@code from(value)} copies every attribute of an existing value,
   * to change some of them. {@code build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableOutput.Builder {
    Builder() {}
  }
}
