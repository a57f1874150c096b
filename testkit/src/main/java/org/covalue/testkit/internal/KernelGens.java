package org.covalue.testkit.internal;

import java.util.List;
import java.util.function.Function;
import org.covalue.core.Confidence;
import org.covalue.core.ItilReference;
import org.covalue.core.Level;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.Rating;
import org.covalue.core.ResourceId;
import org.covalue.core.Score;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.StakeholderId;
import org.covalue.core.TypedId;
import org.covalue.core.analysis.Finding;
import org.covalue.core.analysis.Severity;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of the kernel's values: ratings, ITIL references and findings. */
public final class KernelGens {

  private static final double THIRD = 1.0 / 3;
  private static final double TWO_THIRDS = 2.0 / 3;

  /** Scores on and around the edges of the scale and of the level bands. */
  private static final List<Double> EDGE_SCORES =
      List.of(
          0.0,
          1.0,
          0.5,
          -0.0,
          Double.MIN_VALUE,
          Math.nextDown(1.0),
          THIRD,
          Math.nextDown(THIRD),
          Math.nextUp(THIRD),
          TWO_THIRDS,
          Math.nextDown(TWO_THIRDS),
          Math.nextUp(TWO_THIRDS),
          1.0 / 6,
          5.0 / 6);

  /** Values outside [0, 1] or not numbers at all, at their edges and far away. */
  private static final List<Double> EDGE_INVALID_SCORES =
      List.of(
          Double.NaN,
          Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY,
          -Double.MIN_VALUE,
          Math.nextUp(1.0),
          -1.0,
          2.0,
          1.5,
          -0.5,
          Double.MAX_VALUE,
          -Double.MAX_VALUE,
          Double.longBitsToDouble(0x7ff8000000000001L));

  private static final List<String> ID_KINDS =
      List.of(
          "stakeholder",
          "party",
          "service relationship",
          "resource",
          "product",
          "service",
          "service offering");

  private static final List<Function<String, ? extends TypedId<?>>> ID_FACTORIES =
      List.of(
          StakeholderId::of,
          PartyId::of,
          ServiceRelationshipId::of,
          ResourceId::of,
          ProductId::of,
          ServiceId::of,
          ServiceOfferingId::of);

  private KernelGens() {}

  /**
   * Returns ids of every kind, about evenly.
   *
   * @return the generator
   */
  public static Gen<TypedId<?>> anyIds() {
    return in -> {
      Function<String, ? extends TypedId<?>> factory = Draw.oneOf(in, ID_FACTORIES);
      return factory.apply(Texts.idTexts().generate(in));
    };
  }

  /**
   * Returns attempts to make an id of any kind from an invalid text or from null.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidIds() {
    return in -> {
      int kind = Draw.intBetween(in, 0, ID_FACTORIES.size() - 1);
      Function<String, ? extends TypedId<?>> factory = ID_FACTORIES.get(kind);
      if (Draw.oneIn(in, 8)) {
        return BadInput.of(
            ID_KINDS.get(kind) + " id made from null", "", () -> Nulls.idOfNull(factory));
      }
      String text = Texts.invalidIdTexts().generate(in);
      return BadInput.of(
          ID_KINDS.get(kind) + " id made from " + Texts.quote(text), "", () -> factory.apply(text));
    };
  }

  /**
   * Returns attempts to make scores, or levels from scores, out of numbers outside [0, 1].
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidScores() {
    return in -> {
      double value = invalidScoreValues().generate(in);
      return Draw.bool(in)
          ? BadInput.of("score made from " + value, "", () -> Score.of(value))
          : BadInput.of("level looked up for the score " + value, "", () -> Level.ofScore(value));
    };
  }

  /**
   * Returns attempts to make ITIL references from invalid section, figure or table numbers.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidReferences() {
    return in -> {
      String bad = Texts.invalidSectionNumbers().generate(in);
      String good = Texts.sectionNumbers().generate(in);
      switch (Draw.intBetween(in, 0, 2)) {
        case 0 -> {
          return BadInput.of(
              "section " + Texts.quote(bad), "section", () -> ItilReference.section(bad));
        }
        case 1 -> {
          return BadInput.of(
              "figure " + Texts.quote(bad) + " of section " + good,
              "figure",
              () -> ItilReference.section(good).figure(bad));
        }
        default -> {
          return BadInput.of(
              "table " + Texts.quote(bad) + " of section " + good,
              "table",
              () -> ItilReference.section(good).table(bad));
        }
      }
    };
  }

  /**
   * Returns attempts to build findings from invalid input.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidFindings() {
    return in -> {
      Finding valid = findings().generate(in);
      switch (Draw.intBetween(in, 0, 3)) {
        case 0 -> {
          String rule = Texts.invalidRuleIds().generate(in);
          return BadInput.of(
              "finding with the rule " + Texts.quote(rule),
              "rule",
              () -> Finding.builder().from(valid).rule(rule).build());
        }
        case 1 -> {
          String blank = Texts.blanks().generate(in);
          return BadInput.of(
              "finding with the blank message " + Texts.quote(blank),
              "message",
              () -> Finding.builder().from(valid).message(blank).build());
        }
        case 2 -> {
          return BadInput.of(
              "finding with a null message", "message", () -> Nulls.findingWithNullMessage(valid));
        }
        default -> {
          String missing = Draw.oneOf(in, List.of("rule", "severity", "message", "reference"));
          return BadInput.of(
              "finding built without its " + missing,
              missing,
              () -> findingWithout(valid, missing));
        }
      }
    };
  }

  private static Finding findingWithout(Finding valid, String missing) {
    Finding.Builder builder =
        Finding.builder().elements(valid.elements()).evidence(valid.evidence());
    if (!missing.equals("rule")) {
      builder.rule(valid.rule());
    }
    if (!missing.equals("severity")) {
      builder.severity(valid.severity());
    }
    if (!missing.equals("message")) {
      builder.message(valid.message());
    }
    if (!missing.equals("reference")) {
      builder.reference(valid.reference());
    }
    return builder.build();
  }

  /**
   * Returns the three levels.
   *
   * @return the generator
   */
  public static Gen<Level> levels() {
    return Generate.enumValues(Level.class);
  }

  /**
   * Returns numbers in [0, 1]: often on the edges of the scale and of the level bands, otherwise
   * spread over the scale.
   *
   * @return the generator
   */
  public static Gen<Double> scoreValues() {
    return in -> {
      if (Draw.bool(in)) {
        return Draw.oneOf(in, EDGE_SCORES);
      }
      // A fraction with a drawn denominator reaches both ends and many values between.
      int denominator = Draw.intBetween(in, 1, 1_000_000);
      return (double) Draw.intBetween(in, 0, denominator) / denominator;
    };
  }

  /**
   * Returns scores.
   *
   * @return the generator
   */
  public static Gen<Score> scores() {
    return scoreValues().map(Score::of);
  }

  /**
   * Returns ratings: levels and scores, about evenly.
   *
   * @return the generator
   */
  public static Gen<Rating> ratings() {
    return in -> Draw.bool(in) ? scores().generate(in) : levels().generate(in);
  }

  /**
   * Returns numbers that are not valid scores: not a number, infinite, below 0 or above 1.
   *
   * @return the generator
   */
  public static Gen<Double> invalidScoreValues() {
    return in -> {
      switch (Draw.intBetween(in, 0, 2)) {
        case 0 -> {
          return Draw.oneOf(in, EDGE_INVALID_SCORES);
        }
        case 1 -> {
          return 1.0 + (double) Draw.intBetween(in, 1, 1_000_000) / 1000;
        }
        default -> {
          return -(double) Draw.intBetween(in, 1, 1_000_000) / 1000;
        }
      }
    };
  }

  /**
   * Returns confidence levels.
   *
   * @return the generator
   */
  public static Gen<Confidence> confidences() {
    return Generate.enumValues(Confidence.class);
  }

  /**
   * Returns references to a section, possibly narrowed to a figure or a table.
   *
   * @return the generator
   */
  public static Gen<ItilReference> references() {
    return in -> {
      ItilReference section = ItilReference.section(Texts.sectionNumbers().generate(in));
      switch (Draw.intBetween(in, 0, 2)) {
        case 0 -> {
          return section;
        }
        case 1 -> {
          return section.figure(Texts.sectionNumbers().generate(in));
        }
        default -> {
          return section.table(Texts.sectionNumbers().generate(in));
        }
      }
    };
  }

  /**
   * Returns severities.
   *
   * @return the generator
   */
  public static Gen<Severity> severities() {
    return Generate.enumValues(Severity.class);
  }

  /**
   * Returns findings with up to three elements and three pieces of evidence.
   *
   * @return the generator
   */
  public static Gen<Finding> findings() {
    return in -> {
      Finding.Builder finding =
          Finding.builder()
              .rule(Texts.ruleIds().generate(in))
              .severity(severities().generate(in))
              .message(Texts.names().generate(in))
              .reference(references().generate(in));
      int elements = Draw.intBetween(in, 0, 3);
      for (int i = 0; i < elements; i++) {
        finding.addElement(Texts.idTexts().generate(in));
      }
      int evidence = Draw.intBetween(in, 0, 3);
      for (int i = 0; i < evidence; i++) {
        finding.putEvidence("n" + i, (double) Draw.intBetween(in, -1000, 1000) / 10);
      }
      return finding.build();
    };
  }
}
