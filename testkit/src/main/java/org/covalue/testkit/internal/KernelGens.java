package org.covalue.testkit.internal;

import java.util.List;
import org.covalue.core.Confidence;
import org.covalue.core.Finding;
import org.covalue.core.ItilReference;
import org.covalue.core.Level;
import org.covalue.core.Rating;
import org.covalue.core.Rule;
import org.covalue.core.Score;
import org.covalue.core.Severity;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of the kernel's values: ratings, ITIL references, rules and findings. */
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

  private KernelGens() {}

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
   * Returns attempts to make rules from invalid input: an id that is not dotted lower-case words of
   * at most 100 characters, a description that is blank, of several lines or too long, or a part
   * left null.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidRules() {
    return in -> {
      Rule valid = rules().generate(in);
      switch (Draw.intBetween(in, 0, 3)) {
        case 0 -> {
          String id = Texts.invalidRuleIds().generate(in);
          return BadInput.of(
              "rule with the id " + Texts.quote(id),
              "id",
              () -> Rule.of(id, valid.defaultSeverity(), valid.reference(), valid.description()));
        }
        case 1 -> {
          String description =
              Draw.oneOf(
                  in,
                  List.of(
                      Texts.blanks().generate(in),
                      valid.description() + "\n" + valid.description(),
                      "x".repeat(Rule.MAX_DESCRIPTION_LENGTH + 1)));
          return BadInput.of(
              "rule with the description " + Texts.quote(description),
              "description",
              () -> Rule.of(valid.id(), valid.defaultSeverity(), valid.reference(), description));
        }
        default -> {
          int which = Draw.intBetween(in, 0, 3);
          String part = List.of("id", "defaultSeverity", "reference", "description").get(which);
          return BadInput.of(
              "rule with a null " + part, part, () -> Nulls.ruleMissing(which, valid));
        }
      }
    };
  }

  /**
   * Returns attempts to build findings from invalid input: a blank, null or missing message, a
   * number that is not finite, a blank or repeated name of evidence or data, a blank data value, a
   * null element or severity.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidFindings() {
    return in -> {
      Rule rule = rules().generate(in);
      String name = Texts.names().generate(in);
      switch (Draw.intBetween(in, 0, 6)) {
        case 0 -> {
          return BadInput.blank(
              in, "finding with", "message", blank -> Finding.builder(rule).message(blank).build());
        }
        case 1 -> {
          return BadInput.of(
              "finding with a null message", "message", () -> Nulls.findingWithNullMessage(rule));
        }
        case 2 -> {
          return BadInput.of(
              "finding built without a message", "message", () -> Finding.builder(rule).build());
        }
        case 3 -> {
          double value =
              Draw.oneOf(
                  in, List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
          boolean twice = Draw.bool(in);
          return BadInput.of(
              "finding with the evidence " + name + (twice ? " given twice" : " = " + value),
              "evidence." + name,
              () -> {
                Finding.Builder finding = Finding.builder(rule).message(name);
                if (twice) {
                  finding.putEvidence(name, 1.0).putEvidence(name, 2.0);
                } else {
                  finding.putEvidence(name, value);
                }
                return finding.build();
              });
        }
        case 4 -> {
          boolean twice = Draw.bool(in);
          String blank = Texts.blanks().generate(in);
          return BadInput.of(
              "finding with the data " + name + (twice ? " given twice" : " " + Texts.quote(blank)),
              "data." + name,
              () ->
                  twice
                      ? Finding.builder(rule)
                          .message(name)
                          .putData(name, "a")
                          .putData(name, "b")
                          .build()
                      : Finding.builder(rule).message(name).putData(name, blank).build());
        }
        case 5 -> {
          boolean evidence = Draw.bool(in);
          String blank = Texts.blanks().generate(in);
          return BadInput.of(
              "finding with the blank "
                  + (evidence ? "evidence" : "data")
                  + " name "
                  + Texts.quote(blank),
              evidence ? "evidence" : "data",
              () ->
                  evidence
                      ? Finding.builder(rule).message(name).putEvidence(blank, 1.0).build()
                      : Finding.builder(rule).message(name).putData(blank, name).build());
        }
        default -> {
          int elements = Draw.intBetween(in, 0, 2);
          boolean severity = Draw.bool(in);
          return BadInput.of(
              "finding with a null " + (severity ? "severity" : "element at " + elements),
              severity ? "severity" : "elements[" + elements + "]",
              () -> Nulls.findingWithNull(rule, name, severity, elements));
        }
      }
    };
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
    return scoreValues().map(value -> Score.of(value));
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
   * Returns rules with valid ids, every severity, a reference and a one-line description.
   *
   * @return the generator
   */
  public static Gen<Rule> rules() {
    return in ->
        Rule.of(
            Texts.ruleIds().generate(in),
            severities().generate(in),
            references().generate(in),
            Texts.names().generate(in));
  }

  /**
   * Returns findings of drawn rules, sometimes with another severity than the rule's, a message
   * given as a text or formed on demand, up to three elements of any kind and up to three pieces of
   * evidence and of data.
   *
   * @return the generator
   */
  public static Gen<Finding> findings() {
    return in -> {
      Finding.Builder finding = Finding.builder(rules().generate(in));
      if (Draw.bool(in)) {
        finding.severity(severities().generate(in));
      }
      String message = Texts.names().generate(in);
      if (Draw.bool(in)) {
        finding.message(message);
      } else {
        finding.message(() -> message);
      }
      finding.addAllElements(Draw.listOf(in, IdGens.anyIds(), 0, 3));
      int evidence = Draw.intBetween(in, 0, 3);
      for (int i = 0; i < evidence; i++) {
        finding.putEvidence("n" + i, (double) Draw.intBetween(in, -1000, 1000) / 10);
      }
      int data = Draw.intBetween(in, 0, 3);
      for (int i = 0; i < data; i++) {
        finding.putData("d" + i, Texts.kindCodes().generate(in));
      }
      return finding.build();
    };
  }
}
