package org.covalue.cli;

import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.covalue.interchange.json.CovalueDocument;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.model.ValueModel;
import org.covalue.visibility.EnvironmentElement;

/**
 * The names of a model's elements by their typed ids, so that the command speaks of "IT service
 * desk" rather than {@code service-desk}. A {@link Finding} names its elements as typed ids; this
 * is how the command turns them back into words without reading the finding's message. (The
 * examples module has its own copy; the command line may not depend on it.)
 */
final class Names {

  private final Map<TypedId<?>, String> names = new HashMap<>();

  private Names() {}

  /**
   * Returns the names of every element of a journey model, its core included.
   *
   * @param model the model
   * @return the names
   */
  private static Names of(JourneyModel model) {
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
   * Returns the names of every element of a value model, its journey model included.
   *
   * @param model the model
   * @return the names
   */
  private static Names of(ValueModel model) {
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

  /**
   * Returns the names of every element of a document: its value model, its journey and core models,
   * and its visibility model's environment elements.
   *
   * @param document the document
   * @return the names
   */
  static Names of(CovalueDocument document) {
    Names names = of(document.value());
    for (EnvironmentElement element : document.visibility().environmentElements()) {
      names.names.put(element.id(), element.name());
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
          names.getOrDefault(relationship.provider(), relationship.provider().describe())
              + " for "
              + names.getOrDefault(relationship.consumer(), relationship.consumer().describe()));
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
   * Returns a finding as one line for people: its severity, its rule and its message, with the ids
   * of the elements it is about replaced by their names, such as {@code warning
   * value-leakage.back-and-forth: ... of journey Resolving an incident ...}. The rule's id is the
   * key to its entry in {@code docs/rules.md}.
   *
   * @param finding the finding
   * @return the line, without indentation
   */
  String describe(Finding finding) {
    String message = words(finding.message());
    for (TypedId<?> element : finding.elements()) {
      String name = names.get(element);
      if (name != null) {
        message =
            message.replaceAll(
                "(?<![\\w-])" + Pattern.quote(element.value()) + "(?![\\w-])",
                Matcher.quoteReplacement(name));
      }
    }
    return Prose.label(finding.severity()) + " " + finding.rule().id() + ": " + message;
  }

  /** A constant's name in a message, such as {@code CONTINUITY} or {@code CO_CREATE}. */
  private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{3,}(?:_[A-Z]+)*\\b");

  /** Upper-case words a message may hold that are not constants' names. */
  private static final Set<String> ACRONYMS = Set.of("ITIL", "API", "SLA", "JSON", "CSV", "XES");

  /**
   * Writes the constants' names a message holds as words ({@code CONTINUITY} becomes "continuity"),
   * leaving currency codes and acronyms as they are.
   */
  private static String words(String message) {
    Matcher constant = CONSTANT.matcher(message);
    StringBuilder text = new StringBuilder();
    while (constant.find()) {
      String word = constant.group();
      boolean keep = ACRONYMS.contains(word) || isCurrency(word);
      constant.appendReplacement(
          text,
          Matcher.quoteReplacement(keep ? word : word.toLowerCase(Locale.ROOT).replace('_', ' ')));
    }
    constant.appendTail(text);
    return text.toString();
  }

  private static boolean isCurrency(String word) {
    try {
      Currency.getInstance(word);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
