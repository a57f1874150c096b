package org.covalue.visibility.analysis;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.ItilReference;
import org.covalue.core.Rule;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.Severity;
import org.covalue.core.TypedId;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.offering.ServiceOfferingComponentType;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.journey.JourneyId;
import org.covalue.visibility.ElementKind;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.internal.Edge;
import org.covalue.visibility.model.VisibilityModel;
import org.immutables.value.Value;

/**
 * The elements outside a band of visibility that the band depends on (ITIL 4: Drive Stakeholder
 * Value, §1.2.5: the parties need to understand how the elements they cannot see affect the band).
 * Each is a {@link HiddenDependency} and a finding of {@link #HIDDEN_DEPENDENCY} that names both
 * ends and the path between them:
 *
 * <ul>
 *   <li>a touchpoint or an interaction that uses a value-stream activity one party cannot see (a
 *       warning: a journey holds only visible activities, §1.2.4, Figure 1.4);
 *   <li>a service action of an offering that relies on a hidden resource ({@link
 *       org.covalue.visibility.ServiceActionDependency});
 *   <li>an offering part built on a hidden product, or access to a hidden resource; an offering
 *       that describes a service based on a hidden product; a service the relationship's journeys
 *       involve (and none of its offerings describes) that is based on a hidden product;
 *   <li>a product in the band with a hidden component or resource, and any element in the band that
 *       depends on a hidden one ({@link org.covalue.visibility.Dependency}).
 * </ul>
 *
 * <pre>{@code
 * HiddenDependencies hidden = HiddenDependencies.of(model, relationship);
 * hidden.dependencies();  // each with its path, such as [virtual-server, platform]
 * }</pre>
 *
 * <p>A dependency is reported where it leaves the band: what lies further behind a hidden element
 * is behind the line too. The relationship's offerings count as seen by both parties, as the
 * consumer-facing description of what is offered, and so do the services its journeys involve, as
 * scoped and agreed between them (§1.2.7). Each distinct dependency is reported once from each
 * element that has it. The analysis takes time linear in the size of the model and the number of
 * dependencies found; findings are formed when read. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class HiddenDependencies implements HasFindings {

  /** An element in the band, or an offering of the relationship, depends on a hidden element. */
  public static final Rule HIDDEN_DEPENDENCY =
      Rule.of(
          "band.hidden-dependency",
          Severity.INFO,
          ItilReference.section("1.2.5"),
          "An element in the band of visibility depends on an element one of the parties cannot"
              + " see");

  HiddenDependencies() {}

  /**
   * Finds the hidden dependencies of a relationship's band of visibility.
   *
   * @param model the model
   * @param relationship the relationship
   * @return the band and its hidden dependencies
   * @throws NullPointerException if an argument is null
   */
  public static HiddenDependencies of(VisibilityModel model, ServiceRelationship relationship) {
    BandComputation computation = BandComputation.of(model, relationship);
    return of(computation, computation.toBand());
  }

  /** Finds the hidden dependencies of a band already worked out. */
  static HiddenDependencies of(BandComputation computation, BandOfVisibility band) {
    List<HiddenDependency> found = new ArrayList<>();
    for (Object node : computation.reached) {
      if (node instanceof ElementRef ref && computation.band.contains(ref)) {
        for (Edge edge : computation.index.edges(ref)) {
          if (isOutside(computation, edge.target())) {
            found.add(
                ImmutableHiddenDependency.builder()
                    .addPath(ref.id(), ((ElementRef) edge.target()).id())
                    .journey(ref.journey())
                    .build());
          }
        }
      }
    }
    for (ServiceOfferingId offeringId : computation.offerings) {
      ServiceOffering offering = Objects.requireNonNull(computation.index.offering(offeringId));
      for (Edge edge : computation.index.edges(offeringId)) {
        if (edge.target() instanceof ServiceId service) {
          for (Edge next : computation.index.edges(service)) {
            if (isOutside(computation, next.target())) {
              found.add(
                  ImmutableHiddenDependency.builder()
                      .addPath(offering.id(), service, ((ElementRef) next.target()).id())
                      .build());
            }
          }
        } else if (isOutside(computation, edge.target())) {
          found.add(
              ImmutableHiddenDependency.builder()
                  .addPath(offering.id(), ((ElementRef) edge.target()).id())
                  .part(edge.part())
                  .partType(edge.partType())
                  .build());
        }
      }
    }
    for (ServiceId service : computation.services) {
      if (describedByAnOffering(computation, service)) {
        continue;
      }
      for (Edge edge : computation.index.edges(service)) {
        if (isOutside(computation, edge.target())) {
          found.add(
              ImmutableHiddenDependency.builder()
                  .addPath(service, ((ElementRef) edge.target()).id())
                  .build());
        }
      }
    }
    return ImmutableHiddenDependencies.builder().band(band).dependencies(found).build();
  }

  /** Tells whether an offering of the relationship describes a service: its paths name both. */
  private static boolean describedByAnOffering(BandComputation computation, ServiceId service) {
    for (ServiceOfferingId offering : computation.offerings) {
      ServiceOffering described = computation.index.offering(offering);
      if (described != null && described.services().contains(service)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOutside(BandComputation computation, Object target) {
    return target instanceof ElementRef ref && computation.outside.contains(ref);
  }

  /**
   * Returns the band of visibility the dependencies leave.
   *
   * @return the band
   */
  public abstract BandOfVisibility band();

  /**
   * Returns the hidden dependencies.
   *
   * @return band elements' dependencies in the order the band's elements were found, then the
   *     offerings', in the order of the relationship's offerings, then those of the journeys'
   *     services
   */
  public abstract List<HiddenDependency> dependencies();

  /**
   * Tells whether the band depends on anything outside it.
   *
   * @return true if there is at least one hidden dependency
   */
  public boolean hasHiddenDependencies() {
    return !dependencies().isEmpty();
  }

  /**
   * Returns a finding of {@link #HIDDEN_DEPENDENCY} per hidden dependency. Its elements are the
   * path, from the element that is seen to the one that is not, followed by the journey when the
   * path starts at a touchpoint or an interaction; its data are {@code dependent} and {@code
   * hidden}, the kinds of the two ends as codes, and {@code part} and {@code partType} when the
   * path starts at an offering part. A touchpoint or an interaction that uses a hidden activity is
   * a {@linkplain Severity#WARNING warning}; every other hidden dependency is information.
   *
   * <p>The findings are formed when read, from {@link #dependencies()}.
   *
   * @return an unmodifiable list, in the order of {@link #dependencies()}
   */
  @Override
  public List<Finding> findings() {
    List<HiddenDependency> dependencies = dependencies();
    return new AbstractList<>() {
      @Override
      public Finding get(int i) {
        return findingOf(dependencies.get(i));
      }

      @Override
      public int size() {
        return dependencies.size();
      }
    };
  }

  private static Finding findingOf(HiddenDependency dependency) {
    List<TypedId<?>> path = dependency.path();
    TypedId<?> from = dependency.from();
    TypedId<?> to = dependency.to();
    Optional<JourneyId> journey = dependency.journey();
    Optional<String> part = dependency.part();
    Optional<ServiceOfferingComponentType> partType = dependency.partType();
    Optional<ElementKind> fromKind = ElementKind.of(from);
    boolean journeyUse =
        fromKind.isPresent()
            && !fromKind.get().isPlaceable()
            && ElementKind.of(to).equals(Optional.of(ElementKind.VALUE_STREAM_ACTIVITY));
    Finding.Builder finding =
        Finding.builder(HIDDEN_DEPENDENCY)
            .severity(journeyUse ? Severity.WARNING : Severity.INFO)
            .message(() -> messageOf(path, journey, part, partType))
            .addAllElements(path);
    journey.ifPresent(finding::addElement);
    finding.putData("dependent", from.kind()).putData("hidden", to.kind());
    part.ifPresent(name -> finding.putData("part", name));
    partType.ifPresent(type -> finding.putData("partType", type));
    return finding.build();
  }

  private static String messageOf(
      List<TypedId<?>> path,
      Optional<JourneyId> journey,
      Optional<String> part,
      Optional<ServiceOfferingComponentType> partType) {
    StringBuilder text = new StringBuilder();
    TypedId<?> from = path.get(0);
    if (part.isPresent() && partType.isPresent()) {
      text.append(capitalized(partType.get().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
          .append(' ')
          .append(org.covalue.core.Violations.quote(part.get()))
          .append(" of ")
          .append(from.describe());
    } else {
      text.append(capitalized(from.describe()));
      journey.ifPresent(id -> text.append(" of journey ").append(id));
    }
    text.append(" is seen by both parties but depends on ")
        .append(path.get(path.size() - 1).describe());
    if (path.size() > 2) {
      text.append(" through ");
      for (int i = 1; i < path.size() - 1; i++) {
        text.append(i > 1 ? ", " : "").append(path.get(i).describe());
      }
    }
    text.append(", which one of them cannot see");
    return text.toString();
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Returns the relationship and the number of hidden dependencies. */
  @Override
  public String toString() {
    return "HiddenDependencies{relationship="
        + band().relationship().id()
        + ", dependencies="
        + dependencies().size()
        + "}";
  }
}
