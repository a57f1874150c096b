package org.covalue.visibility.analysis;

import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.ItilReference;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.Rule;
import org.covalue.core.Severity;
import org.covalue.core.TypedId;
import org.covalue.core.Violations;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceActionPerformer;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.offering.ServiceOfferingComponentType;
import org.covalue.visibility.ServiceActionDependency;
import org.covalue.visibility.internal.Placement;
import org.covalue.visibility.internal.VisibilityIndex;
import org.covalue.visibility.model.VisibilityModel;
import org.immutables.value.Value;

/**
 * The visible part of a product for a target consumer group, and what of it stays hidden (ITIL 4:
 * Drive Stakeholder Value, §1.2.7): products are often complex, and the part consumers see does not
 * always represent the whole. The provider draws its line of visibility per target consumer group,
 * so the same product may show more to one group than to another.
 *
 * <pre>{@code
 * ProductVisibility forPartners =
 *     ProductVisibility.of(model, ProductId.of("virtual-server"), "Strategic partners");
 * forPartners.visible();   // the server, its console, its platform ...
 * forPartners.hidden();    // the hypervisor ...
 * }</pre>
 *
 * <p>A product's parts are the product itself, its component products, theirs in turn, and the
 * resources any of them configures. A part is visible to the group when its owner's line puts it in
 * front for the group: the provider's line tailored to the group, else its general line, else
 * hidden; another owner's general line, else hidden; for a part nobody owns, the provider's lines.
 * See {@link org.covalue.visibility.LineOfVisibility}.
 *
 * <p>The provider's offerings for the group promise parts of the product: goods that are the
 * product or one of its parts, access to one of its resources, or a service action the users
 * perform, alone or jointly, that relies on one of its parts ({@link ServiceActionDependency}). A
 * promised part the group cannot see is a finding of {@link #HIDDEN_PROMISE}. What the provider's
 * own resources do may rely on hidden parts; {@link HiddenDependencies} reports those.
 *
 * <p>The analysis takes time linear in the size of the model. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class ProductVisibility implements HasFindings {

  /** An offering promises its target consumer group a part of a product the group cannot see. */
  public static final Rule HIDDEN_PROMISE =
      Rule.of(
          "product-visibility.hidden-promise",
          Severity.WARNING,
          ItilReference.section("1.2.7"),
          "An offering promises its target consumer group a part of a product that the group"
              + " cannot see");

  ProductVisibility() {}

  /**
   * Works out what a target consumer group sees of a product.
   *
   * @param model the model
   * @param product the product's id
   * @param targetConsumerGroup the group, as the provider's offerings name it
   * @return the visible and hidden parts and the promises of the provider's offerings for the group
   *     that the group cannot see
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the model holds no product with that id
   */
  public static ProductVisibility of(
      VisibilityModel model, ProductId product, String targetConsumerGroup) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(targetConsumerGroup, "targetConsumerGroup");
    VisibilityIndex index = VisibilityIndex.of(model);
    Product root = index.product(product);
    if (root == null) {
      throw new IllegalArgumentException(
          "The model holds no product " + Violations.quote(product.value()));
    }
    PartyId provider = root.provider();
    List<String> group = List.of(targetConsumerGroup);
    Set<TypedId<?>> parts = partsOf(index, root);
    Set<TypedId<?>> visible = new LinkedHashSet<>();
    Set<TypedId<?>> hidden = new LinkedHashSet<>();
    for (TypedId<?> part : parts) {
      Optional<PartyId> owner = index.owner(part);
      boolean seen =
          owner.isPresent()
              ? index.isShownByOwner(
                  owner.get(), part, owner.get().equals(provider) ? group : List.of())
              : index.placement(provider, part, group) == Placement.SHOWN;
      (seen ? visible : hidden).add(part);
    }
    List<PromisedPart> broken = new ArrayList<>();
    for (ServiceOffering offering : index.offeringsFor(provider, targetConsumerGroup)) {
      for (PromisedPart promise : promisesOf(index, offering, parts)) {
        if (hidden.contains(promise.element())) {
          broken.add(promise);
        }
      }
    }
    return ImmutableProductVisibility.builder()
        .product(product)
        .provider(provider)
        .targetConsumerGroup(targetConsumerGroup)
        .visible(visible)
        .hidden(hidden)
        .hiddenPromises(broken)
        .build();
  }

  private static Set<TypedId<?>> partsOf(VisibilityIndex index, Product root) {
    Set<TypedId<?>> parts = new LinkedHashSet<>();
    Deque<Product> queue = new ArrayDeque<>();
    parts.add(root.id());
    queue.add(root);
    while (!queue.isEmpty()) {
      Product product = queue.poll();
      for (ProductId component : product.components()) {
        Product found = index.product(component);
        if (found != null && parts.add(component)) {
          queue.add(found);
        }
      }
      for (ResourceId resource : product.resources()) {
        if (index.exists(index.ref(resource))) {
          parts.add(resource);
        }
      }
    }
    return parts;
  }

  private static List<PromisedPart> promisesOf(
      VisibilityIndex index, ServiceOffering offering, Set<TypedId<?>> parts) {
    List<PromisedPart> promises = new ArrayList<>();
    for (Goods goods : offering.goods()) {
      Optional<ProductId> product = goods.product();
      if (product.isPresent() && parts.contains(product.get())) {
        promises.add(
            PromisedPart.of(
                offering.id(), goods.name(), ServiceOfferingComponentType.GOODS, product.get()));
      }
    }
    for (ResourceAccess access : offering.resourceAccesses()) {
      if (parts.contains(access.resource())) {
        promises.add(
            PromisedPart.of(
                offering.id(),
                access.name(),
                ServiceOfferingComponentType.ACCESS_TO_RESOURCES,
                access.resource()));
      }
    }
    Set<String> userActions = new LinkedHashSet<>();
    for (ServiceAction action : offering.serviceActions()) {
      if (action.performedBy() != ServiceActionPerformer.PROVIDER_RESOURCE) {
        userActions.add(action.name());
      }
    }
    for (ServiceActionDependency dependency : index.actionDependencies(offering.id())) {
      if (userActions.contains(dependency.action()) && parts.contains(dependency.dependsOn())) {
        promises.add(
            PromisedPart.of(
                offering.id(),
                dependency.action(),
                ServiceOfferingComponentType.SERVICE_ACTION,
                dependency.dependsOn()));
      }
    }
    return promises;
  }

  /**
   * Returns the product.
   *
   * @return its id
   */
  public abstract ProductId product();

  /**
   * Returns the product's provider, whose lines decide what the group sees.
   *
   * @return its id
   */
  public abstract PartyId provider();

  /**
   * Returns the target consumer group.
   *
   * @return the group, as the provider's offerings name it
   */
  public abstract String targetConsumerGroup();

  /**
   * Returns the parts of the product the group sees, the product itself included if it is seen.
   *
   * @return the parts' ids, the product first, then its parts as found from it
   */
  public abstract Set<TypedId<?>> visible();

  /**
   * Returns the parts of the product hidden from the group.
   *
   * @return the parts' ids, in the same order as {@link #visible()}
   */
  public abstract Set<TypedId<?>> hidden();

  /**
   * Returns the promises of the provider's offerings for the group of parts the group cannot see.
   *
   * @return the promises, by offering id, then goods, accesses and service actions
   */
  public abstract List<PromisedPart> hiddenPromises();

  /**
   * Returns the share of the product's parts the group sees.
   *
   * @return visible parts / all parts, in (0, 1] if the product is seen, and in [0, 1] otherwise
   */
  public double visibleShare() {
    return (double) visible().size() / (visible().size() + hidden().size());
  }

  /**
   * Tells whether an offering promises the group a part it cannot see.
   *
   * @return true if {@link #hiddenPromises()} is not empty
   */
  public boolean hasHiddenPromises() {
    return !hiddenPromises().isEmpty();
  }

  /**
   * Returns a finding of {@link #HIDDEN_PROMISE} per promise of a hidden part, naming the offering,
   * the part and the product, with the data {@code part}, {@code partType} and {@code
   * targetConsumerGroup}.
   *
   * @return an unmodifiable list, in the order of {@link #hiddenPromises()}
   */
  @Override
  public List<Finding> findings() {
    List<PromisedPart> promises = hiddenPromises();
    ProductId product = product();
    String group = targetConsumerGroup();
    return new AbstractList<>() {
      @Override
      public Finding get(int i) {
        return findingOf(promises.get(i), product, group);
      }

      @Override
      public int size() {
        return promises.size();
      }
    };
  }

  private static Finding findingOf(PromisedPart promise, ProductId product, String group) {
    Finding.Builder finding =
        Finding.builder(HIDDEN_PROMISE)
            .message(
                () ->
                    Character.toUpperCase(promise.offering().describe().charAt(0))
                        + promise.offering().describe().substring(1)
                        + " promises "
                        + Violations.quote(group)
                        + " "
                        + promise
                            .partType()
                            .name()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' ')
                        + " "
                        + Violations.quote(promise.part())
                        + ", which rests on "
                        + promise.element().describe()
                        + (promise.element().equals(product)
                            ? ""
                            : ", a part of " + product.describe())
                        + ", but the group cannot see it")
            .addElement(promise.offering())
            .addElement(promise.element());
    if (!promise.element().equals(product)) {
      finding.addElement(product);
    }
    return finding
        .putData("part", promise.part())
        .putData("partType", promise.partType())
        .putData("targetConsumerGroup", group)
        .build();
  }

  /** Returns the product, the group and the numbers of visible and hidden parts. */
  @Override
  public String toString() {
    return "ProductVisibility{product="
        + product()
        + ", targetConsumerGroup="
        + Violations.quote(targetConsumerGroup())
        + ", visible="
        + visible().size()
        + ", hidden="
        + hidden().size()
        + ", hiddenPromises="
        + hiddenPromises().size()
        + "}";
  }
}
