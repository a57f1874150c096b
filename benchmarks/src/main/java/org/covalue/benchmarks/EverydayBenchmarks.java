package org.covalue.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.covalue.core.analysis.RelationshipNetworkAnalysis;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.analysis.StakeholderMapClassification;
import org.covalue.core.analysis.StakeholderPlacement;
import org.covalue.core.offering.Product;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.value.analysis.LeakageDetector;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.model.ValueModel;
import org.covalue.visibility.analysis.BandOfVisibility;
import org.covalue.visibility.model.VisibilityModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Everyday operations of covalue, each against a baseline or at three sizes (ITIL 4: Drive
 * Stakeholder Value, §1.2.1 to §1.2.7): building 100,000 stakeholders, relationships and products
 * with covalue's builders against {@link PlainRecords} that make the same checks; classifying
 * 1,000,000 stakeholders on the stakeholder map against a loop over primitive arrays; and five
 * analyses at 10,000, 100,000 and 1,000,000 elements. {@link EverydayComparison} runs them and
 * prints the ratios. Times are the mean per operation ({@link Mode#AverageTime}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EverydayBenchmarks {

  /** How many values of each kind the builder benchmarks build. */
  public static final int VALUES = 100_000;

  /** How many stakeholders the classification benchmarks classify. */
  public static final int CLASSIFIED = 1_000_000;

  /** Creates the benchmarks; JMH calls this. */
  public EverydayBenchmarks() {}

  /** The texts and numbers the builders and the records receive. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // JMH fills the field in setUp, before any benchmark runs
  public static class Values {
    EverydayModels.Inputs inputs;

    /** Creates the state; JMH calls this. */
    public Values() {}

    /** Makes the inputs. */
    @Setup(Level.Trial)
    public void setUp() {
      inputs = new EverydayModels.Inputs(VALUES);
    }
  }

  /** A stakeholder map and the same ratings as primitive arrays. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // JMH fills the fields in setUp, before any benchmark runs
  public static class Classification {
    StakeholderMap map;
    double[] influence;
    double[] interest;

    /** Creates the state; JMH calls this. */
    public Classification() {}

    /** Builds the map and copies its ratings' scores into arrays. */
    @Setup(Level.Trial)
    public void setUp() {
      map = EverydayModels.stakeholderMap(CLASSIFIED);
      influence = new double[CLASSIFIED];
      interest = new double[CLASSIFIED];
      List<Stakeholder> stakeholders = map.stakeholders();
      for (int i = 0; i < CLASSIFIED; i++) {
        influence[i] = stakeholders.get(i).influence().score();
        interest[i] = stakeholders.get(i).interest().score();
      }
    }
  }

  /** The relationships of a network of {@code size} relationships. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // JMH fills the field in setUp, before any benchmark runs
  public static class Network {
    /** The number of relationships. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    List<ServiceRelationship> relationships;

    /** Creates the state; JMH calls this. */
    public Network() {}

    /** Builds the relationships. */
    @Setup(Level.Trial)
    public void setUp() {
      relationships = EverydayModels.relationships(size);
    }
  }

  /** A designed journey and an observed one, {@code size} touchpoints and events together. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // JMH fills the fields in setUp, before any benchmark runs
  public static class Conformance {
    /** The number of touchpoints and events. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    CustomerJourney designed;
    ObservedJourney observed;

    /** Creates the state; JMH calls this. */
    public Conformance() {}

    /** Builds the journeys. */
    @Setup(Level.Trial)
    public void setUp() {
      designed = EverydayModels.designedJourney(size);
      observed = EverydayModels.observedJourney(designed);
    }
  }

  /** A value-driver chain of {@code size} drivers. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // JMH fills the field in setUp, before any benchmark runs
  public static class Drivers {
    /** The number of drivers. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    ValueDriverChain chain;

    /** Creates the state; JMH calls this. */
    public Drivers() {}

    /** Builds the chain. */
    @Setup(Level.Trial)
    public void setUp() {
      chain = EverydayModels.driverChain(size);
    }
  }

  /** A value model of {@code size} stakeholders with their engagements. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // JMH fills the field in setUp, before any benchmark runs
  public static class Leakage {
    /** The number of stakeholders. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    ValueModel model;

    /** Creates the state; JMH calls this. */
    public Leakage() {}

    /** Builds the model. */
    @Setup(Level.Trial)
    public void setUp() {
      model = EverydayModels.valueModel(size);
    }
  }

  /** A visibility model of {@code size} touchpoints and resources together. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // JMH fills the fields in setUp, before any benchmark runs
  public static class Band {
    /** The number of touchpoints and resources. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    VisibilityModel model;
    ServiceRelationship relationship;

    /** Creates the state; JMH calls this. */
    public Band() {}

    /** Builds the model. */
    @Setup(Level.Trial)
    public void setUp() {
      model = EverydayModels.visibilityModel(size);
      relationship = EverydayModels.bandRelationship();
    }
  }

  /**
   * Builds 100,000 stakeholders, relationships and products with covalue's builders.
   *
   * @param values the inputs
   * @return the three arrays of values
   */
  @Benchmark
  public Object[] buildCovalue(Values values) {
    return buildCovalue(values.inputs);
  }

  /**
   * Builds 100,000 stakeholders, relationships and products as records that check the same.
   *
   * @param values the inputs
   * @return the three arrays of values
   */
  @Benchmark
  public Object[] buildRecords(Values values) {
    return buildRecords(values.inputs);
  }

  /**
   * Classifies 1,000,000 stakeholders on the stakeholder map with covalue's classifier.
   *
   * @param state the map
   * @return the classification
   */
  @Benchmark
  public StakeholderMapClassification classifyCovalue(Classification state) {
    return StakeholderClassifier.DEFAULT.classify(state.map);
  }

  /**
   * Classifies 1,000,000 stakeholders as {@link #classifyCovalue} does, then asks for every
   * placement object, which the classification makes on demand.
   *
   * @param state the map
   * @return the placements
   */
  @Benchmark
  public List<StakeholderPlacement> classifyCovalueWithPlacements(Classification state) {
    return StakeholderClassifier.DEFAULT.classify(state.map).placements();
  }

  /**
   * Classifies the same ratings, as primitive arrays, by hand.
   *
   * @param state the arrays
   * @return the quadrant of each stakeholder, as an ordinal
   */
  @Benchmark
  public byte[] classifyPrimitive(Classification state) {
    return classifyPrimitive(state.influence, state.interest);
  }

  /**
   * Indexes and analyses a relationship network: dual roles, cycles, counts by type.
   *
   * @param state the relationships
   * @return the analysis
   */
  @Benchmark
  public RelationshipNetworkAnalysis relationshipNetwork(Network state) {
    return RelationshipNetworkAnalysis.of(EverydayModels.network(state.relationships));
  }

  /**
   * Touches each relationship's id, provider and consumer once: the floor under how the analyses
   * can grow with the size of a model of objects, not judged.
   *
   * @param state the relationships
   * @return a sum of the ids' hash codes
   */
  @Benchmark
  public long relationshipWalk(Network state) {
    return walk(state.relationships);
  }

  /**
   * Compares an observed journey with the designed one.
   *
   * @param state the journeys
   * @return the conformance
   */
  @Benchmark
  public JourneyConformance journeyConformance(Conformance state) {
    return JourneyConformance.of(state.designed, state.observed);
  }

  /**
   * Propagates the bottom drivers' performance up a value-driver chain.
   *
   * @param state the chain
   * @return the analysis
   */
  @Benchmark
  public ValueDriverAnalysis driverPropagation(Drivers state) {
    return ValueDriverAnalysis.of(state.chain);
  }

  /**
   * Detects value leakage in a value model.
   *
   * @param state the model
   * @return the number of findings
   */
  @Benchmark
  public int leakageDetection(Leakage state) {
    return LeakageDetector.DEFAULT.detect(state.model).findings().size();
  }

  /**
   * Works out a relationship's band of visibility.
   *
   * @param state the model and the relationship
   * @return the band
   */
  @Benchmark
  public BandOfVisibility bandOfVisibility(Band state) {
    return BandOfVisibility.of(state.model, state.relationship);
  }

  static Object[] buildCovalue(EverydayModels.Inputs inputs) {
    int n = inputs.count();
    Stakeholder[] stakeholders = new Stakeholder[n];
    ServiceRelationship[] relationships = new ServiceRelationship[n];
    Product[] products = new Product[n];
    for (int i = 0; i < n; i++) {
      stakeholders[i] = EverydayModels.stakeholder(inputs, i);
      relationships[i] = EverydayModels.relationship(inputs, i);
      products[i] = EverydayModels.product(inputs, i);
    }
    return new Object[] {stakeholders, relationships, products};
  }

  static Object[] buildRecords(EverydayModels.Inputs inputs) {
    int n = inputs.count();
    PlainRecords.StakeholderRecord[] stakeholders = new PlainRecords.StakeholderRecord[n];
    PlainRecords.RelationshipRecord[] relationships = new PlainRecords.RelationshipRecord[n];
    PlainRecords.ProductRecord[] products = new PlainRecords.ProductRecord[n];
    for (int i = 0; i < n; i++) {
      stakeholders[i] = EverydayModels.stakeholderRecord(inputs, i);
      relationships[i] = EverydayModels.relationshipRecord(inputs, i);
      products[i] = EverydayModels.productRecord(inputs, i);
    }
    return new Object[] {stakeholders, relationships, products};
  }

  // One loop per kind of value, each calling one builder or one constructor, as a reader that
  // builds the stakeholders, then the relationships, then the products would.

  static Stakeholder[] buildStakeholders(EverydayModels.Inputs inputs) {
    Stakeholder[] values = new Stakeholder[inputs.count()];
    for (int i = 0; i < values.length; i++) {
      values[i] = EverydayModels.stakeholder(inputs, i);
    }
    return values;
  }

  static PlainRecords.StakeholderRecord[] buildStakeholderRecords(EverydayModels.Inputs inputs) {
    PlainRecords.StakeholderRecord[] values = new PlainRecords.StakeholderRecord[inputs.count()];
    for (int i = 0; i < values.length; i++) {
      values[i] = EverydayModels.stakeholderRecord(inputs, i);
    }
    return values;
  }

  static ServiceRelationship[] buildRelationships(EverydayModels.Inputs inputs) {
    ServiceRelationship[] values = new ServiceRelationship[inputs.count()];
    for (int i = 0; i < values.length; i++) {
      values[i] = EverydayModels.relationship(inputs, i);
    }
    return values;
  }

  static PlainRecords.RelationshipRecord[] buildRelationshipRecords(EverydayModels.Inputs inputs) {
    PlainRecords.RelationshipRecord[] values = new PlainRecords.RelationshipRecord[inputs.count()];
    for (int i = 0; i < values.length; i++) {
      values[i] = EverydayModels.relationshipRecord(inputs, i);
    }
    return values;
  }

  static Product[] buildProducts(EverydayModels.Inputs inputs) {
    Product[] values = new Product[inputs.count()];
    for (int i = 0; i < values.length; i++) {
      values[i] = EverydayModels.product(inputs, i);
    }
    return values;
  }

  static PlainRecords.ProductRecord[] buildProductRecords(EverydayModels.Inputs inputs) {
    PlainRecords.ProductRecord[] values = new PlainRecords.ProductRecord[inputs.count()];
    for (int i = 0; i < values.length; i++) {
      values[i] = EverydayModels.productRecord(inputs, i);
    }
    return values;
  }

  /** Sums the hash codes of each relationship's id, provider and consumer. */
  static long walk(List<ServiceRelationship> relationships) {
    long sum = 0;
    for (ServiceRelationship relationship : relationships) {
      sum +=
          relationship.id().hashCode()
              + relationship.provider().hashCode()
              + relationship.consumer().hashCode();
    }
    return sum;
  }

  /**
   * The baseline classification: the quadrant of each stakeholder from its influence and interest
   * scores, with the default threshold of covalue's classifier, as the ordinal of {@link
   * org.covalue.core.stakeholder.EngagementStrategy}.
   */
  static byte[] classifyPrimitive(double[] influence, double[] interest) {
    double influenceThreshold = StakeholderClassifier.DEFAULT.influenceThreshold().value();
    double interestThreshold = StakeholderClassifier.DEFAULT.interestThreshold().value();
    byte[] quadrant = new byte[influence.length];
    for (int i = 0; i < influence.length; i++) {
      boolean highInfluence = influence[i] >= influenceThreshold;
      boolean highInterest = interest[i] >= interestThreshold;
      quadrant[i] = (byte) (highInfluence ? (highInterest ? 0 : 1) : (highInterest ? 2 : 3));
    }
    return quadrant;
  }
}
