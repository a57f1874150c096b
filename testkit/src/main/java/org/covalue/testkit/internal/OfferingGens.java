package org.covalue.testkit.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.OfferingComponent;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceActionPerformer;
import org.covalue.core.offering.ServiceAgreement;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.offering.ServiceOfferingComponentType;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of resources, products, services, service offerings and their components, valid and
 * invalid.
 */
public final class OfferingGens {

  private OfferingGens() {}

  private static <T> List<T> ids(RandomnessSource in, Function<String, T> of, int max) {
    return IdGens.distinct(in, of, Draw.intBetween(in, 0, max));
  }

  /**
   * Returns who may perform a service action.
   *
   * @return the generator
   */
  public static Gen<ServiceActionPerformer> performers() {
    return Generate.enumValues(ServiceActionPerformer.class);
  }

  /**
   * Returns the kinds of offering component.
   *
   * @return the generator
   */
  public static Gen<ServiceOfferingComponentType> componentTypes() {
    return Generate.enumValues(ServiceOfferingComponentType.class);
  }

  /**
   * Draws a resource.
   *
   * @param in the randomness source
   * @param id its id
   * @param owner its owner, if any
   * @return the resource
   */
  public static Resource resource(RandomnessSource in, ResourceId id, Optional<PartyId> owner) {
    return Resource.builder().id(id).name(Texts.names().generate(in)).owner(owner).build();
  }

  /**
   * Returns resources with any ids, sometimes owned.
   *
   * @return the generator
   */
  public static Gen<Resource> resources() {
    return in ->
        resource(
            in,
            ResourceId.of(Texts.idTexts().generate(in)),
            Draw.bool(in)
                ? Optional.of(PartyId.of(Texts.idTexts().generate(in)))
                : Optional.empty());
  }

  /**
   * Draws a product with a drawn name.
   *
   * @param in the randomness source
   * @param id its id
   * @param provider its provider
   * @param resources the resources it configures
   * @param components the products it uses; not its own id, and not empty if {@code resources} is
   * @return the product
   */
  public static Product product(
      RandomnessSource in,
      ProductId id,
      PartyId provider,
      List<ResourceId> resources,
      List<ProductId> components) {
    return Product.builder()
        .id(id)
        .name(Texts.names().generate(in))
        .provider(provider)
        .resources(resources)
        .components(components)
        .build();
  }

  /**
   * Returns products with any ids: up to three resources and two component products.
   *
   * @return the generator
   */
  public static Gen<Product> products() {
    return in -> {
      ProductId id = ProductId.of(Texts.idTexts().generate(in));
      List<ResourceId> resources = ids(in, ResourceId::of, 3);
      List<ProductId> components = ids(in, ProductId::of, 2);
      components.remove(id);
      if (resources.isEmpty() && components.isEmpty()) {
        resources.add(ResourceId.of(Texts.idTexts().generate(in)));
      }
      return product(in, id, PartyId.of(Texts.idTexts().generate(in)), resources, components);
    };
  }

  /**
   * Draws a service.
   *
   * @param in the randomness source
   * @param id its id
   * @param products the products it is based on
   * @return the service
   */
  public static Service service(RandomnessSource in, ServiceId id, List<ProductId> products) {
    Service.Builder service =
        Service.builder().id(id).name(Texts.names().generate(in)).products(products);
    if (Draw.bool(in)) {
      service.description(Texts.names().generate(in));
    }
    return service.build();
  }

  /**
   * Draws the agreement of a service's scope: a drawn scope and day, agreed by the given parties.
   *
   * @param in the randomness source
   * @param parties the parties that agreed; not empty
   * @return the agreement
   */
  public static ServiceAgreement agreement(RandomnessSource in, List<PartyId> parties) {
    return ServiceAgreement.builder()
        .scope(Texts.names().generate(in))
        .agreedOn(LocalDate.of(2020, 1, 1).plusDays(Draw.intBetween(in, 0, 3000)))
        .parties(parties)
        .build();
  }

  /**
   * Returns services with any ids, based on up to three products.
   *
   * @return the generator
   */
  public static Gen<Service> services() {
    return in -> service(in, ServiceId.of(Texts.idTexts().generate(in)), ids(in, ProductId::of, 3));
  }

  /**
   * Returns goods, sometimes of a product.
   *
   * @return the generator
   */
  public static Gen<Goods> goods() {
    return in -> {
      String name = Texts.names().generate(in);
      return Draw.bool(in)
          ? Goods.of(name, ProductId.of(Texts.idTexts().generate(in)))
          : Goods.of(name);
    };
  }

  /**
   * Returns accesses to resources with any ids.
   *
   * @return the generator
   */
  public static Gen<ResourceAccess> resourceAccesses() {
    return in ->
        ResourceAccess.of(Texts.names().generate(in), ResourceId.of(Texts.idTexts().generate(in)));
  }

  /**
   * Returns service actions.
   *
   * @return the generator
   */
  public static Gen<ServiceAction> serviceActions() {
    return in -> ServiceAction.of(Texts.names().generate(in), performers().generate(in));
  }

  /**
   * Returns offering components of the three kinds, about evenly.
   *
   * @return the generator
   */
  public static Gen<OfferingComponent> components() {
    return in -> {
      switch (Draw.intBetween(in, 0, 2)) {
        case 0 -> {
          return goods().generate(in);
        }
        case 1 -> {
          return resourceAccesses().generate(in);
        }
        default -> {
          return serviceActions().generate(in);
        }
      }
    };
  }

  /**
   * Draws an offering; if it would include no component, it includes a service action.
   *
   * @param in the randomness source
   * @param id its id
   * @param provider its provider
   * @param services the services it describes; not empty
   * @param products the products its goods may be; may be empty
   * @param resources the resources it may grant access to; may be empty
   * @return the offering
   */
  public static ServiceOffering offering(
      RandomnessSource in,
      ServiceOfferingId id,
      PartyId provider,
      List<ServiceId> services,
      List<ProductId> products,
      List<ResourceId> resources) {
    ServiceOffering.Builder offering =
        ServiceOffering.builder()
            .id(id)
            .name(Texts.names().generate(in))
            .provider(provider)
            .targetConsumerGroup(Texts.names().generate(in))
            .services(services);
    int goods = Draw.intBetween(in, 0, 2);
    for (int i = 0; i < goods; i++) {
      String name = Texts.names().generate(in);
      offering.addGoods(
          !products.isEmpty() && Draw.bool(in)
              ? Goods.of(name, Draw.oneOf(in, products))
              : Goods.of(name));
    }
    int accesses = resources.isEmpty() ? 0 : Draw.intBetween(in, 0, 2);
    for (int i = 0; i < accesses; i++) {
      offering.addResourceAccesses(
          ResourceAccess.of(Texts.names().generate(in), Draw.oneOf(in, resources)));
    }
    int actions = Draw.intBetween(in, goods + accesses == 0 ? 1 : 0, 2);
    for (int i = 0; i < actions; i++) {
      offering.addServiceAction(serviceActions().generate(in));
    }
    return offering.build();
  }

  /**
   * Returns offerings with any ids.
   *
   * @return the generator
   */
  public static Gen<ServiceOffering> offerings() {
    return in -> {
      List<ServiceId> services = ids(in, ServiceId::of, 3);
      if (services.isEmpty()) {
        services.add(ServiceId.of(Texts.idTexts().generate(in)));
      }
      return offering(
          in,
          ServiceOfferingId.of(Texts.idTexts().generate(in)),
          PartyId.of(Texts.idTexts().generate(in)),
          services,
          ids(in, ProductId::of, 2),
          ids(in, ResourceId::of, 2));
    };
  }

  /**
   * Returns attempts to build resources from invalid input.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidResources() {
    return in -> {
      Resource valid = resources().generate(in);
      if (Draw.bool(in)) {
        return BadInput.blank(
            in, "resource built with", "name", blank -> Resource.of(valid.id(), blank));
      }
      return BadInput.leftOut(
          in,
          "resource",
          () -> Resource.builder().owner(valid.owner()),
          Resource.Builder::build,
          List.of(
              BadInput.required("id", b -> b.id(valid.id())),
              BadInput.required("name", b -> b.name(valid.name()))));
    };
  }

  /**
   * Returns attempts to build products from invalid input.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidProducts() {
    return in -> {
      Product valid = products().generate(in);
      switch (Draw.intBetween(in, 0, 3)) {
        case 0 -> {
          return BadInput.blank(
              in,
              "product built with",
              "name",
              blank -> Product.builder().from(valid).name(blank).build());
        }
        case 1 -> {
          return BadInput.of(
              "product " + valid.id() + " that configures no resource and no product",
              "resources",
              () ->
                  Product.builder().from(valid).resources(List.of()).components(List.of()).build());
        }
        case 2 -> {
          return BadInput.of(
              "product " + valid.id() + " that is a component of itself",
              "components",
              () -> Product.builder().from(valid).addComponent(valid.id()).build());
        }
        default -> {
          return BadInput.of(
              "product built without its provider",
              "provider",
              () ->
                  Product.builder()
                      .id(valid.id())
                      .name(valid.name())
                      .resources(valid.resources())
                      .components(valid.components())
                      .build());
        }
      }
    };
  }

  /**
   * Returns attempts to build services from invalid input.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidServices() {
    return in -> {
      Service valid = services().generate(in);
      if (Draw.bool(in)) {
        return BadInput.blank(
            in,
            "service built with",
            "name",
            blank -> Service.builder().from(valid).name(blank).build());
      }
      return BadInput.of(
          "service built without its id",
          "id",
          () -> Service.builder().name(valid.name()).products(valid.products()).build());
    };
  }

  /**
   * Returns attempts to build service offerings from invalid input.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidOfferings() {
    return in -> {
      ServiceOffering valid = offerings().generate(in);
      switch (Draw.intBetween(in, 0, 3)) {
        case 0 -> {
          return BadInput.blank(
              in,
              "offering built with",
              "name",
              blank -> ServiceOffering.builder().from(valid).name(blank).build());
        }
        case 1 -> {
          return BadInput.blank(
              in,
              "offering built with",
              "targetConsumerGroup",
              blank -> ServiceOffering.builder().from(valid).targetConsumerGroup(blank).build());
        }
        case 2 -> {
          return BadInput.of(
              "offering " + valid.id() + " that describes no service",
              "services",
              () -> ServiceOffering.builder().from(valid).services(List.of()).build());
        }
        default -> {
          return BadInput.of(
              "offering built without its provider",
              "provider",
              () ->
                  ServiceOffering.builder()
                      .id(valid.id())
                      .name(valid.name())
                      .targetConsumerGroup(valid.targetConsumerGroup())
                      .services(valid.services())
                      .goods(valid.goods())
                      .resourceAccesses(valid.resourceAccesses())
                      .serviceActions(valid.serviceActions())
                      .build());
        }
      }
    };
  }

  /**
   * Returns attempts to build offering components from invalid input: blank or missing names.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidComponents() {
    return in -> {
      String blank = Texts.blanks().generate(in);
      ResourceId resource = ResourceId.of(Texts.idTexts().generate(in));
      ServiceActionPerformer performer = performers().generate(in);
      ProductId product = ProductId.of(Texts.idTexts().generate(in));
      switch (Draw.intBetween(in, 0, 6)) {
        case 0 -> {
          return BadInput.of(
              "goods with the blank name " + Texts.quote(blank), "name", () -> Goods.of(blank));
        }
        case 1 -> {
          return BadInput.of(
              "goods of product " + product + " with the blank name " + Texts.quote(blank),
              "name",
              () -> Goods.of(blank, product));
        }
        case 2 -> {
          return BadInput.of(
              "access to " + resource + " with the blank name " + Texts.quote(blank),
              "name",
              () -> ResourceAccess.of(blank, resource));
        }
        case 3 -> {
          return BadInput.of(
              "service action with the blank name " + Texts.quote(blank),
              "name",
              () -> ServiceAction.of(blank, performer));
        }
        case 4 -> {
          return BadInput.of("goods with a null name", "name", Nulls::goodsNamedNull);
        }
        case 5 -> {
          return BadInput.of(
              "access to " + resource + " with a null name",
              "name",
              () -> Nulls.accessNamedNull(resource));
        }
        default -> {
          return BadInput.of(
              "service action with a null name", "name", () -> Nulls.actionNamedNull(performer));
        }
      }
    };
  }
}
