package org.covalue.value.sample;

import java.util.List;
import java.util.Objects;
import org.covalue.core.Confidence;
import org.covalue.core.Level;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceId;
import org.covalue.core.StakeholderId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Service;
import org.covalue.core.party.Party;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.journey.model.JourneyModel;
import org.covalue.value.Money;
import org.covalue.value.OutcomeId;
import org.covalue.value.OutputId;
import org.covalue.value.model.ValueModel;
import org.covalue.value.outcome.Outcome;
import org.covalue.value.outcome.Output;
import org.covalue.value.outcome.OutputForm;

/**
 * The mobile phone service of ITIL 4: Drive Stakeholder Value (§1.2.6): one service whose outputs
 * (a phone number, calls, text messages, records of use) serve different outcomes for different
 * customers: a family stays close to relatives abroad, a shop takes more orders by phone. The
 * outputs are the chapter's; the stakeholders, names and amounts are covalue's ({@link
 * #CONFIDENCE}).
 *
 * <p>Every method returns new values.
 */
public final class MobilePhone {

  /** How sure covalue is of this model: the outputs follow the chapter, the rest is covalue's. */
  public static final Confidence CONFIDENCE = Confidence.RECONSTRUCTED;

  /** The operator that provides the service. */
  public static final PartyId OPERATOR = PartyId.of("operator");

  /** A family, one customer of the service. */
  public static final PartyId FAMILY = PartyId.of("family");

  /** A shop, another customer of the service. */
  public static final PartyId SHOP = PartyId.of("shop");

  /** The mobile phone service. */
  public static final ServiceId SERVICE = ServiceId.of("mobile-phone");

  /** The phone number the service gives. */
  public static final OutputId NUMBER = OutputId.of("phone-number");

  /** The calls the service carries. */
  public static final OutputId CALLS = OutputId.of("calls");

  /** The text messages the service carries. */
  public static final OutputId TEXTS = OutputId.of("text-messages");

  /** The records of calls and messages. */
  public static final OutputId RECORDS = OutputId.of("call-records");

  /** The family's outcome: staying close to relatives who live abroad. */
  public static final OutcomeId KEEP_IN_TOUCH = OutcomeId.of("keep-in-touch");

  /** The shop's outcome: more orders taken by phone. */
  public static final OutcomeId MORE_ORDERS = OutcomeId.of("more-orders");

  private MobilePhone() {}

  /**
   * Returns the outputs of the service.
   *
   * @return the phone number, calls, text messages and call records
   */
  public static List<Output> outputs() {
    return List.of(
        output(NUMBER, "A phone number", OutputForm.INTANGIBLE),
        output(CALLS, "Calls with other people", OutputForm.INTANGIBLE),
        output(TEXTS, "Text messages", OutputForm.INTANGIBLE),
        output(RECORDS, "Records of calls and messages", OutputForm.INTANGIBLE));
  }

  /**
   * Returns the two customers' outcomes: different results from the same outputs.
   *
   * @return the family's and the shop's outcome
   */
  public static List<Outcome> outcomes() {
    return List.of(
        Outcome.builder()
            .id(KEEP_IN_TOUCH)
            .name("Stays close to relatives who live abroad")
            .stakeholder(stakeholder(FAMILY))
            .addEnabledBy(NUMBER, CALLS, TEXTS)
            .worth(Money.of("40", "EUR"))
            .build(),
        Outcome.builder()
            .id(MORE_ORDERS)
            .name("Takes more orders by phone")
            .stakeholder(stakeholder(SHOP))
            .addEnabledBy(NUMBER, CALLS, RECORDS)
            .worth(Money.of("2000", "EUR"))
            .build());
  }

  /**
   * Returns the stakeholder that stands for a party of this model.
   *
   * @param party the operator, the family or the shop
   * @return the stakeholder's id, the party's with {@code -stakeholder} appended
   * @throws NullPointerException if the party is null
   */
  public static StakeholderId stakeholder(PartyId party) {
    Objects.requireNonNull(party, "party");
    return StakeholderId.of(party.value() + "-stakeholder");
  }

  /**
   * Returns the whole model: the parties and their stakeholders, the service, its outputs and the
   * two outcomes.
   *
   * @return a model the validator accepts
   */
  public static ValueModel model() {
    CoreModel core =
        CoreModel.builder()
            .addParty(Party.organization(OPERATOR, "Mobile operator"))
            .addParty(Party.organization(FAMILY, "The Okafor family"))
            .addParty(Party.organization(SHOP, "Corner flower shop"))
            .addStakeholder(
                stakeholderOf(OPERATOR, "Mobile operator", StakeholderKind.SERVICE_PROVIDER))
            .addStakeholder(
                stakeholderOf(FAMILY, "The Okafor family", StakeholderKind.SERVICE_CONSUMER))
            .addStakeholder(
                stakeholderOf(SHOP, "Corner flower shop", StakeholderKind.SERVICE_CONSUMER))
            .addService(Service.builder().id(SERVICE).name("Mobile phone service").build())
            .build();
    return ValueModel.builder()
        .journey(JourneyModel.builder().core(core).build())
        .outputs(outputs())
        .outcomes(outcomes())
        .build();
  }

  private static Stakeholder stakeholderOf(PartyId party, String name, StakeholderKind kind) {
    return Stakeholder.builder()
        .id(stakeholder(party))
        .name(name)
        .kind(kind)
        .influence(Level.MEDIUM)
        .interest(Level.HIGH)
        .party(party)
        .build();
  }

  private static Output output(OutputId id, String name, OutputForm form) {
    return Output.builder().id(id).name(name).service(SERVICE).form(form).build();
  }
}
