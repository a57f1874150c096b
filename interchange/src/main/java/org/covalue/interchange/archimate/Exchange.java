package org.covalue.interchange.archimate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The concepts of one document, collected before they are written: elements in the order they were
 * added, then relationships, then the property definitions they use. Not thread-safe; one per
 * export.
 */
final class Exchange {

  /** One property value of a concept, by its definition's identifier. */
  record PropertyValue(String definition, String value) {}

  /** One element. */
  record Element(
      String id,
      String type,
      String name,
      @Nullable String documentation,
      List<PropertyValue> properties) {}

  /** One relationship; {@code modifier} only for influence, {@code accessType} only for access. */
  record Relationship(
      String id,
      String type,
      String source,
      String target,
      @Nullable String name,
      List<PropertyValue> properties,
      @Nullable String modifier,
      @Nullable String accessType,
      boolean directed) {}

  /** A property definition: identifier, name and data type. */
  record Definition(String id, String name, String type) {}

  private final Map<String, Element> elements = new LinkedHashMap<>();
  private final List<Relationship> relationships = new ArrayList<>();
  private final Set<Prop> used = EnumSet.noneOf(Prop.class);
  private final Map<String, String> descriptorIds = new TreeMap<>();

  /** Starts building an element. */
  ElementDraft element(String id, String type, String name) {
    return new ElementDraft(id, type, name);
  }

  /** Starts building a relationship. */
  RelationshipDraft relate(String type, String source, String target) {
    return new RelationshipDraft(type, source, target);
  }

  boolean has(String elementId) {
    return elements.containsKey(elementId);
  }

  List<Element> elements() {
    return List.copyOf(elements.values());
  }

  List<Relationship> relationships() {
    return Collections.unmodifiableList(relationships);
  }

  /** The definitions used: the fixed ones in their order, then descriptors by name. */
  List<Definition> definitions() {
    List<Definition> definitions = new ArrayList<>();
    for (Prop prop : used) {
      definitions.add(new Definition(prop.id(), prop.title(), prop.type()));
    }
    descriptorIds.forEach(
        (name, id) -> definitions.add(new Definition(id, "descriptor: " + name, "string")));
    return definitions;
  }

  /** Registers every descriptor name first, so that their identifiers follow their sorted order. */
  void declareDescriptors(Iterable<String> names) {
    for (String name : names) {
      descriptorIds.put(name, "");
    }
    int i = 1;
    for (Map.Entry<String, String> entry : descriptorIds.entrySet()) {
      entry.setValue("p-descriptor-" + i++);
    }
  }

  abstract class Draft<D extends Draft<D>> {
    final List<PropertyValue> properties = new ArrayList<>();

    abstract D self();

    D with(Prop prop, String value) {
      used.add(prop);
      properties.add(new PropertyValue(prop.id(), value));
      return self();
    }

    D with(Prop prop, java.util.Optional<String> value) {
      return value.isPresent() ? with(prop, value.get()) : self();
    }

    D descriptor(String name, String value) {
      String id = descriptorIds.get(name);
      if (id == null) {
        throw new IllegalStateException("Descriptor " + name + " was not declared");
      }
      properties.add(new PropertyValue(id, value));
      return self();
    }
  }

  final class ElementDraft extends Draft<ElementDraft> {
    private final String id;
    private final String type;
    private final String name;
    private @Nullable String documentation;

    ElementDraft(String id, String type, String name) {
      this.id = id;
      this.type = type;
      this.name = name;
    }

    @Override
    ElementDraft self() {
      return this;
    }

    ElementDraft documentation(java.util.Optional<String> text) {
      documentation = text.orElse(null);
      return this;
    }

    /** Adds the element; an identifier used twice is a defect of the mapping. */
    String add() {
      if (elements.containsKey(id)) {
        throw new IllegalStateException("Element identifier " + id + " used twice");
      }
      elements.put(id, new Element(id, type, name, documentation, List.copyOf(properties)));
      return id;
    }
  }

  final class RelationshipDraft extends Draft<RelationshipDraft> {
    private final String type;
    private final String source;
    private final String target;
    private @Nullable String name;
    private @Nullable String modifier;
    private @Nullable String accessType;
    private boolean directed;

    RelationshipDraft(String type, String source, String target) {
      this.type = type;
      this.source = source;
      this.target = target;
    }

    @Override
    RelationshipDraft self() {
      return this;
    }

    RelationshipDraft named(String name) {
      this.name = name;
      return this;
    }

    RelationshipDraft modifier(String modifier) {
      this.modifier = modifier;
      return this;
    }

    RelationshipDraft accessType(String accessType) {
      this.accessType = accessType;
      return this;
    }

    /** Marks an association as directed, from source to target. */
    RelationshipDraft directed() {
      this.directed = true;
      return this;
    }

    /** Adds the relationship with the next identifier, {@code r-1}, {@code r-2}, .... */
    void add() {
      relationships.add(
          new Relationship(
              "r-" + (relationships.size() + 1),
              type,
              source,
              target,
              name,
              List.copyOf(properties),
              modifier,
              accessType,
              directed));
    }
  }
}
