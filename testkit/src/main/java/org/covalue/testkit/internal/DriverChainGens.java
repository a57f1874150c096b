package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.covalue.value.ValueDriverChainId;
import org.covalue.value.ValueDriverId;
import org.covalue.value.driver.ValueDriver;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.driver.ValueDriverLayer;
import org.covalue.value.driver.ValueDriverLink;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of value-driver chains (ITIL 4: Drive Stakeholder Value, §1.2.7, Figure 1.11): one to
 * three drivers in each layer below the purpose, each driven by one to three drivers of the layer
 * just below, with weights from 0.5 to 5; most bottom drivers and some others measured. Chains that
 * need not be well formed also get links that skip or reverse layers, drivers nothing drives and
 * drivers that drive nothing.
 */
public final class DriverChainGens {

  private DriverChainGens() {}

  /**
   * Returns value-driver chains.
   *
   * @param wellFormed whether every driver above the bottom is driven from the layer below and
   *     every link goes up one layer; otherwise chains are sometimes broken
   * @return the generator
   */
  public static Gen<ValueDriverChain> chains(boolean wellFormed) {
    return in -> chain(in, wellFormed);
  }

  private static ValueDriverChain chain(RandomnessSource in, boolean wellFormed) {
    ValueDriverLayer[] layers = ValueDriverLayer.values();
    List<List<ValueDriverId>> byLayer = new ArrayList<>();
    List<ValueDriver> drivers = new ArrayList<>();
    List<String> texts = Texts.uniqueIdTexts(in, 3 * layers.length);
    for (int l = 0; l < layers.length; l++) {
      ValueDriverLayer layer = layers[l];
      int count = layer == ValueDriverLayer.CONSUMER_PURPOSE ? 1 : Draw.intBetween(in, 1, 3);
      List<ValueDriverId> ids = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        ValueDriverId id = ValueDriverId.of(texts.get(3 * l + k));
        ids.add(id);
        ValueDriver.Builder driver =
            ValueDriver.builder().id(id).name(Texts.names().generate(in)).layer(layer);
        boolean bottom = l == 0;
        if (bottom ? !Draw.oneIn(in, 5) : Draw.oneIn(in, 4)) {
          driver.performance(ValueGens.score(in));
        }
        drivers.add(driver.build());
      }
      byLayer.add(ids);
    }
    List<ValueDriverLink> links = new ArrayList<>();
    Set<List<ValueDriverId>> pairs = new HashSet<>();
    for (int l = 1; l < layers.length; l++) {
      List<ValueDriverId> below = byLayer.get(l - 1);
      for (ValueDriverId driven : byLayer.get(l)) {
        if (!wellFormed && Draw.oneIn(in, 8)) {
          continue; // driven by nothing
        }
        for (ValueDriverId driver : Draw.atLeastOneOf(in, below)) {
          addLink(in, links, pairs, driver, driven);
        }
      }
    }
    if (!wellFormed) {
      int extra = Draw.intBetween(in, 0, 3);
      for (int e = 0; e < extra; e++) {
        ValueDriver from = Draw.oneOf(in, drivers);
        ValueDriver to = Draw.oneOf(in, drivers);
        addLink(in, links, pairs, from.id(), to.id());
      }
    }
    List<ValueDriverLink> shuffled = Draw.shuffle(in, links);
    return ValueDriverChain.builder()
        .id(ValueDriverChainId.of(Texts.idBases().generate(in) + "-chain"))
        .name(Texts.names().generate(in))
        .drivers(Draw.shuffle(in, drivers))
        .links(shuffled)
        .build();
  }

  private static void addLink(
      RandomnessSource in,
      List<ValueDriverLink> links,
      Set<List<ValueDriverId>> pairs,
      ValueDriverId driver,
      ValueDriverId driven) {
    if (pairs.add(List.of(driver, driven))) {
      links.add(ValueDriverLink.of(driver, driven, Draw.intBetween(in, 1, 10) / 2.0));
    }
  }
}
