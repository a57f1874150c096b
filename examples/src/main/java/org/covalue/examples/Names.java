package org.covalue.examples;

import java.util.HashMap;
import java.util.Map;
import org.covalue.core.Finding;
import org.covalue.core.TypedId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.Party;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.model.ValueModel;
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.model.VisibilityModel;

/**
 * The names of a model's elements by their typed ids, so that the examples speak of "Contoso
 * Logistics" rather than {@code contoso}. A {@link Finding} names its elements as typed ids; this
 * is how a tool turns them back into words without reading the finding's message.
 */
final class Names {

  private final Map<TypedId<?>, String> names = new HashMap<>();

  private Names() {}

  /**
   * Returns the names of every element of a core model.
   *
   * @param model the model
   * @return the names
   */
  static Names of(CoreModel model) {
    Names names = new Names();
    names.addCore(model);
    return names;
  }

  /**
   * Returns the names of every element of a journey model, its core included.
   *
   * @param model the model
   * @return the names
   */
  static Names of(JourneyModel model) {
    Names names = new Names();
    names.addCore(model.core());
    for (ValueStream stream : model.valueStreams()) {
      names.names.put(stream.id(), stream.name());
      for (ValueStreamActivity activity : stream.activities()) {
        names.names.put(activity.id(), activity.name());
      }
    }
    for (CustomerJourney journey : model.journeys()) {
      names.names.put(journey.id(), journey.name());
      for (Touchpoint touchpoint : journey.touchpoints()) {
        names.names.put(touchpoint.id(), touchpoint.name());
      }
      for (ServiceInteraction interaction : journey.interactions()) {
        names.names.put(interaction.id(), interaction.name());
      }
    }
    return names;
  }

  /**
   * Returns the names of every element of a visibility model, its journey model included.
   *
   * @param model the model
   * @return the names
   */
  static Names of(VisibilityModel model) {
    Names names = of(model.journey());
    for (EnvironmentElement element : model.environmentElements()) {
      names.names.put(element.id(), element.name());
    }
    return names;
  }

  /**
   * Returns the names of every element of a value model, its journey model included.
   *
   * @param model the model
   * @return the names
   */
  static Names of(ValueModel model) {
    Names names = of(model.journey());
    model.outputs().forEach(output -> names.names.put(output.id(), output.name()));
    model.outcomes().forEach(outcome -> names.names.put(outcome.id(), outcome.name()));
    model.costs().forEach(cost -> names.names.put(cost.id(), cost.name()));
    model.risks().forEach(risk -> names.names.put(risk.id(), risk.name()));
    model.requirements().forEach(req -> names.names.put(req.id(), req.name()));
    model.plans().forEach(plan -> names.names.put(plan.id(), plan.name()));
    for (ValueDriverChain chain : model.driverChains()) {
      names.names.put(chain.id(), chain.name());
      chain.drivers().forEach(driver -> names.names.put(driver.id(), driver.name()));
    }
    return names;
  }

  private void addCore(CoreModel model) {
    for (Party party : model.parties()) {
      names.put(party.id(), party.name());
    }
    for (Stakeholder stakeholder : model.stakeholders()) {
      names.put(stakeholder.id(), stakeholder.name());
    }
    for (Resource resource : model.resources()) {
      names.put(resource.id(), resource.name());
    }
    for (Product product : model.products()) {
      names.put(product.id(), product.name());
    }
    for (Service service : model.services()) {
      names.put(service.id(), service.name());
    }
    for (ServiceOffering offering : model.offerings()) {
      names.put(offering.id(), offering.name());
    }
    for (ServiceRelationship relationship : model.relationships()) {
      names.put(
          relationship.id(),
          "the relationship of "
              + names.getOrDefault(relationship.consumer(), relationship.consumer().describe())
              + " with "
              + names.getOrDefault(relationship.provider(), relationship.provider().describe()));
    }
  }

  /**
   * Returns the name of an element.
   *
   * @param id the element's id
   * @return its name, or its kind and id (such as {@code case INC-1002}) when it has no name
   */
  String of(TypedId<?> id) {
    String name = names.get(id);
    return name == null ? id.describe() : name;
  }

  /**
   * Returns a finding as one line for people: its severity, its rule and the names of the elements
   * it is about, such as {@code warning consumer-roles.role-not-covered: Fabrikam Retail}. The
   * rule's id is the key to its entry in {@code docs/rules.md}.
   *
   * @param finding the finding
   * @return the line, without indentation
   */
  String describe(Finding finding) {
    StringBuilder line =
        new StringBuilder(Text.label(finding.severity()))
            .append(' ')
            .append(finding.rule().id())
            .append(": ");
    for (int i = 0; i < finding.elements().size(); i++) {
      line.append(i == 0 ? "" : ", ").append(of(finding.elements().get(i)));
    }
    return line.toString();
  }
}
