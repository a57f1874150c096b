package org.covalue.interchange.picture;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.covalue.core.PartyId;
import org.covalue.core.Score;
import org.covalue.core.Violations;
import org.covalue.core.party.Party;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.model.JourneyModel;
import org.jspecify.annotations.Nullable;

/**
 * A picture of a designed customer journey (ITIL 4: Drive Stakeholder Value, §1.2.4): the seven
 * steps as columns, each holding its touchpoints in the designed order, numbered along the designed
 * path, with the service interactions marked beside the touchpoints where they happen, and the
 * experience reported for each.
 *
 * <pre>{@code
 * CustomerJourneyPicture picture = CustomerJourneyPicture.of(model, journey);
 * picture.mermaid();   // journey / title ... / section 2 Engage / 2. Contact the desk: 4: Contoso
 * }</pre>
 *
 * <p>The model gives the names of the parties and the experience observations. A task's experience
 * is the mean of every functional and emotional rating of the observations of this journey about
 * its touchpoint (for an interaction, the touchpoint where it happens), or else about its step, on
 * Mermaid's scale from 1 (0, worst) to 5 (1, best); a task with no observation shows "not rated",
 * and scores a neutral 3 in Mermaid, which needs a score.
 *
 * <p>The three forms:
 *
 * <ul>
 *   <li><b>SVG</b>: the seven steps as columns in their usual order, touchpoints as cards numbered
 *       in the designed order, joined by the designed path; service interactions as dashed cards
 *       marked ⇄.
 *   <li><b>Mermaid</b>: a {@code journey}: the steps the journey uses as sections, touchpoints and
 *       interactions as tasks, the experience as the score and the parties as actors.
 *   <li><b>DOT</b>: a cluster per step, the designed path as edges, interactions linked to their
 *       touchpoints.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CustomerJourneyPicture extends Picture {

  private static final int NAME_LENGTH = 64;
  private static final int NEUTRAL_SCORE = 3;
  private static final double COLUMN = 190;
  private static final double CARD_WIDTH = 174;
  private static final double CARD_HEIGHT = 76;
  private static final double GAP = 12;
  private static final double HEAD = 120;
  private static final double LEFT = 16;
  private static final String INTERACTION_MARK = "\u21c4 ";
  private static final String ARROW = "covalue-journey-arrow";

  private static final String STYLE =
      """
      .step { fill: #f5f7fa; stroke: #cbd2d9; }
      .step-title { font-size: 14px; font-weight: bold; }
      .step-headline { font-size: 10px; fill: #52606d; }
      .touchpoint { fill: #ffffff; stroke: #243b53; stroke-width: 1.5; }
      .interaction { fill: #fffbea; stroke: #b44d12; stroke-width: 1.5; stroke-dasharray: 5 3; }
      .card { font-size: 11px; }
      .card-note { font-size: 10px; fill: #52606d; }
      .path { fill: none; stroke: #829ab1; stroke-width: 1.5; }
      .legend { font-size: 11px; }
      """;

  private final CustomerJourney journey;

  private CustomerJourneyPicture(
      CustomerJourney journey, String title, String svg, String mermaid, String dot) {
    super(title, svg, mermaid, dot);
    this.journey = journey;
  }

  /**
   * Draws a customer journey.
   *
   * @param model the model that names the journey's parties and holds the experience observations;
   *     the journey need not be one of its journeys
   * @param journey the journey
   * @return the picture
   * @throws org.covalue.core.InvalidModelException if an argument is null
   */
  public static CustomerJourneyPicture of(JourneyModel model, CustomerJourney journey) {
    Violations.requireNonNull(model, "model");
    Violations.requireNonNull(journey, "journey");
    Layout layout = new Layout(model, journey);
    return new CustomerJourneyPicture(
        journey, layout.title, layout.svg(), layout.mermaid(), layout.dot());
  }

  @Override
  public PictureKind kind() {
    return PictureKind.CUSTOMER_JOURNEY;
  }

  /**
   * Returns the journey that was drawn.
   *
   * @return the journey
   */
  public CustomerJourney journey() {
    return journey;
  }

  /** A touchpoint or an interaction, as one task of a step. */
  private static final class Task {
    final String name;
    final boolean interaction;
    final int number;
    final List<String> actors;
    final OptionalInt score;
    final String channel;
    final int touchpointIndex;
    final String id;

    Task(
        String name,
        boolean interaction,
        int number,
        List<String> actors,
        OptionalInt score,
        String channel,
        int touchpointIndex,
        String id) {
      this.name = name;
      this.interaction = interaction;
      this.number = number;
      this.actors = actors;
      this.score = score;
      this.channel = channel;
      this.touchpointIndex = touchpointIndex;
      this.id = id;
    }

    String label() {
      return interaction ? INTERACTION_MARK + name : number + ". " + name;
    }

    String experience() {
      return score.isPresent() ? "experience " + score.getAsInt() + "/5" : "not rated";
    }
  }

  private static final class Layout {
    final CustomerJourney journey;
    final String title;
    final String subtitle;
    final Map<CustomerJourneyStep, List<Task>> tasks = new EnumMap<>(CustomerJourneyStep.class);
    final double[] cardX;
    final double[] cardY;
    private int interactionCounter;

    Layout(JourneyModel model, CustomerJourney journey) {
      this.journey = journey;
      Map<PartyId, String> names = new HashMap<>();
      for (Party party : model.core().parties()) {
        names.putIfAbsent(party.id(), Text.label(party.name(), NAME_LENGTH));
      }
      this.title = Text.label(PictureKind.CUSTOMER_JOURNEY.title() + ": " + journey.name(), 100);
      List<String> providers = new ArrayList<>();
      journey.providers().forEach(provider -> providers.add(name(names, provider)));
      this.subtitle =
          Text.label(
              "Consumer: "
                  + name(names, journey.consumer())
                  + "; providers: "
                  + String.join(", ", providers)
                  + "; seen as the "
                  + journey.persona().name().toLowerCase(java.util.Locale.ROOT),
              160);
      Ratings ratings = new Ratings(model, journey);
      List<Touchpoint> touchpoints = journey.touchpoints();
      Map<TouchpointId, Integer> positions = new HashMap<>();
      for (int i = 0; i < touchpoints.size(); i++) {
        positions.putIfAbsent(touchpoints.get(i).id(), i);
      }
      Map<Integer, List<ServiceInteraction>> atTouchpoint = new HashMap<>();
      Map<CustomerJourneyStep, List<ServiceInteraction>> loose =
          new EnumMap<>(CustomerJourneyStep.class);
      for (ServiceInteraction interaction : journey.interactions()) {
        Integer position = interaction.touchpoint().map(positions::get).orElse(null);
        if (position != null && touchpoints.get(position).step() == interaction.step()) {
          atTouchpoint.computeIfAbsent(position, key -> new ArrayList<>()).add(interaction);
        } else {
          loose.computeIfAbsent(interaction.step(), key -> new ArrayList<>()).add(interaction);
        }
      }
      for (CustomerJourneyStep step : CustomerJourneyStep.values()) {
        tasks.put(step, new ArrayList<>());
      }
      for (int i = 0; i < touchpoints.size(); i++) {
        Touchpoint touchpoint = touchpoints.get(i);
        List<String> actors = new ArrayList<>();
        touchpoint.parties().forEach(party -> actors.add(name(names, party)));
        List<Task> stepTasks = tasksAt(touchpoint.step());
        stepTasks.add(
            new Task(
                Text.label(touchpoint.name(), NAME_LENGTH),
                false,
                i + 1,
                actors,
                ratings.of(touchpoint.step(), Optional.of(touchpoint.id())),
                channel(touchpoint.channel().code()),
                i,
                "t" + i));
        for (ServiceInteraction interaction : atTouchpoint.getOrDefault(i, List.of())) {
          stepTasks.add(interactionTask(interaction, names, ratings, stepTasks.size()));
        }
      }
      loose.forEach(
          (step, interactions) -> {
            List<Task> stepTasks = tasksAt(step);
            for (ServiceInteraction interaction : interactions) {
              stepTasks.add(interactionTask(interaction, names, ratings, stepTasks.size()));
            }
          });
      cardX = new double[touchpoints.size()];
      cardY = new double[touchpoints.size()];
      for (CustomerJourneyStep step : CustomerJourneyStep.values()) {
        List<Task> stepTasks = tasksAt(step);
        for (int row = 0; row < stepTasks.size(); row++) {
          Task task = stepTasks.get(row);
          if (!task.interaction) {
            cardX[task.touchpointIndex] = left(step) + (COLUMN - CARD_WIDTH) / 2;
            cardY[task.touchpointIndex] = HEAD + 8 + row * (CARD_HEIGHT + GAP);
          }
        }
      }
    }

    private Task interactionTask(
        ServiceInteraction interaction, Map<PartyId, String> names, Ratings ratings, int row) {
      int number = interactionCounter++;
      return new Task(
          Text.label(interaction.name(), NAME_LENGTH),
          true,
          row,
          List.of(name(names, interaction.provider()), name(names, interaction.consumer())),
          ratings.of(interaction.step(), interaction.touchpoint()),
          channel(interaction.channel().code()),
          -1,
          "i" + number);
    }

    List<Task> tasksAt(CustomerJourneyStep step) {
      return java.util.Objects.requireNonNull(tasks.get(step));
    }

    private static String channel(String code) {
      return Text.label(code.toLowerCase(java.util.Locale.ROOT).replace('_', ' '), 20);
    }

    private static String name(Map<PartyId, String> names, PartyId party) {
      String name = names.get(party);
      return name == null ? party.value() : name;
    }

    static double left(CustomerJourneyStep step) {
      return LEFT + (step.number() - 1) * COLUMN;
    }

    String svg() {
      int rows = 1;
      for (List<Task> stepTasks : tasks.values()) {
        rows = Math.max(rows, stepTasks.size());
      }
      double width = LEFT * 2 + CustomerJourneyStep.values().length * COLUMN;
      double columnHeight = 8 + rows * (CARD_HEIGHT + GAP);
      double height = HEAD + columnHeight + 50;
      Svg svg = Svg.start(width, height, title, STYLE).arrowMarker(ARROW, "#829ab1");
      svg.text(LEFT, 30, title, "title", "start");
      svg.text(LEFT, 48, subtitle, "note", "start");
      for (CustomerJourneyStep step : CustomerJourneyStep.values()) {
        double x = left(step);
        svg.rect(x + 2, 60, COLUMN - 4, HEAD - 60 + columnHeight, "step");
        svg.text(x + COLUMN / 2, 80, step.number() + " " + step.title(), "step-title", "middle");
        List<String> headline = Text.wrap(step.headline(), 30, 2);
        for (int l = 0; l < headline.size(); l++) {
          svg.text(x + COLUMN / 2, 96 + l * 12, headline.get(l), "step-headline", "middle");
        }
      }
      // The designed path between steps; within a step, the numbers give the order.
      for (int i = 0; i + 1 < cardX.length; i++) {
        double y1 = cardY[i] + CARD_HEIGHT / 2;
        double y2 = cardY[i + 1] + CARD_HEIGHT / 2;
        if (cardX[i + 1] > cardX[i]) {
          double x1 = cardX[i] + CARD_WIDTH;
          double x2 = cardX[i + 1];
          svg.arrow(x1, y1, (x1 + x2) / 2, (y1 + y2) / 2, x2, y2, "path", ARROW);
        } else if (cardX[i + 1] < cardX[i]) {
          // Back to an earlier step: an arc above the cards between.
          double x1 = cardX[i];
          double x2 = cardX[i + 1] + CARD_WIDTH;
          double top = Math.min(y1, y2) - CARD_HEIGHT / 2 - GAP / 2;
          svg.arrow(x1, y1, (x1 + x2) / 2, top, x2, y2, "path", ARROW);
        }
      }
      for (CustomerJourneyStep step : CustomerJourneyStep.values()) {
        List<Task> stepTasks = tasksAt(step);
        for (int row = 0; row < stepTasks.size(); row++) {
          Task task = stepTasks.get(row);
          double x = left(step) + (COLUMN - CARD_WIDTH) / 2;
          double y = HEAD + 8 + row * (CARD_HEIGHT + GAP);
          svg.group(Text.label(task.label(), 300) + " (" + task.experience() + ")");
          svg.rect(x, y, CARD_WIDTH, CARD_HEIGHT, task.interaction ? "interaction" : "touchpoint");
          List<String> lines = Text.wrap(task.label(), 27, 3);
          for (int l = 0; l < lines.size(); l++) {
            svg.text(x + 8, y + 16 + l * 14, lines.get(l), "card", "start");
          }
          svg.text(
              x + 8,
              y + CARD_HEIGHT - 8,
              Text.label(task.channel + " \u00b7 " + task.experience(), 32),
              "card-note",
              "start");
          svg.endGroup();
        }
      }
      double legendY = HEAD + columnHeight + 30;
      svg.rect(LEFT, legendY - 11, 22, 14, "touchpoint");
      svg.text(LEFT + 28, legendY, "touchpoint, numbered in the designed order", "legend", "start");
      svg.rect(LEFT + 320, legendY - 11, 22, 14, "interaction");
      svg.text(LEFT + 348, legendY, "\u21c4 service interaction", "legend", "start");
      svg.text(
          LEFT + 520,
          legendY,
          "experience: 1 (worst) to 5 (best) \u00b7 ITIL 4: Drive Stakeholder Value, §1.2.4",
          "legend",
          "start");
      return svg.end();
    }

    String mermaid() {
      StringBuilder out = new StringBuilder(512);
      out.append("journey\n  title ").append(Text.mermaid(title)).append('\n');
      for (Map.Entry<CustomerJourneyStep, List<Task>> entry : tasks.entrySet()) {
        if (entry.getValue().isEmpty()) {
          continue;
        }
        CustomerJourneyStep step = entry.getKey();
        out.append("  section ")
            .append(Text.mermaid(step.number() + " " + step.title()))
            .append('\n');
        for (Task task : entry.getValue()) {
          List<String> actors = new ArrayList<>();
          task.actors.forEach(actor -> actors.add(Text.mermaid(actor)));
          out.append("    ")
              .append(Text.mermaid(task.label()))
              .append(": ")
              .append(task.score.orElse(NEUTRAL_SCORE))
              .append(": ")
              .append(String.join(", ", actors))
              .append('\n');
        }
      }
      return out.toString();
    }

    String dot() {
      StringBuilder out = new StringBuilder(512);
      out.append("digraph customer_journey {\n  label=\"")
          .append(Text.dot(title))
          .append("\";\n  labelloc=t;\n  rankdir=LR;\n  fontname=\"Helvetica\";\n")
          .append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\",")
          .append(" fontname=\"Helvetica\"];\n");
      List<String> interactionEdges = new ArrayList<>();
      for (Map.Entry<CustomerJourneyStep, List<Task>> entry : tasks.entrySet()) {
        if (entry.getValue().isEmpty()) {
          continue;
        }
        CustomerJourneyStep step = entry.getKey();
        out.append("  subgraph cluster_step")
            .append(step.number())
            .append(" {\n    label=\"")
            .append(Text.dot(step.number() + " " + step.title()))
            .append("\";\n    style=filled;\n    fillcolor=\"#f5f7fa\";\n");
        String lastTouchpoint = null;
        for (Task task : entry.getValue()) {
          out.append("    ")
              .append(task.id)
              .append(" [label=\"")
              .append(Text.dot(task.label()))
              .append("\\n")
              .append(Text.dot(task.channel + " \u00b7 " + task.experience()))
              .append('"')
              .append(task.interaction ? ", style=\"dashed,filled\", fillcolor=\"#fffbea\"" : "")
              .append("];\n");
          if (task.interaction && lastTouchpoint != null) {
            interactionEdges.add(
                "  " + lastTouchpoint + " -> " + task.id + " [style=dashed, arrowhead=none];\n");
          }
          if (!task.interaction) {
            lastTouchpoint = task.id;
          }
        }
        out.append("  }\n");
      }
      for (int i = 0; i + 1 < journey.touchpoints().size(); i++) {
        out.append("  t").append(i).append(" -> t").append(i + 1).append(";\n");
      }
      interactionEdges.forEach(out::append);
      return out.append("}\n").toString();
    }
  }

  /** The experience reported for touchpoints and steps of one journey. */
  private static final class Ratings {
    final Map<TouchpointId, double[]> byTouchpoint = new HashMap<>();
    final Map<CustomerJourneyStep, double[]> byStep = new EnumMap<>(CustomerJourneyStep.class);

    Ratings(JourneyModel model, CustomerJourney journey) {
      for (ExperienceObservation observation : model.experiences()) {
        if (!observation.journey().equals(Optional.of(journey.id()))) {
          continue;
        }
        double[] sum;
        if (observation.touchpoint().isPresent()) {
          sum = byTouchpoint.computeIfAbsent(observation.touchpoint().get(), key -> new double[2]);
        } else if (observation.step().isPresent()) {
          sum = byStep.computeIfAbsent(observation.step().get(), key -> new double[2]);
        } else {
          continue;
        }
        for (Optional<Score> score : List.of(observation.functional(), observation.emotional())) {
          if (score.isPresent()) {
            sum[0] += score.get().value();
            sum[1]++;
          }
        }
      }
    }

    OptionalInt of(CustomerJourneyStep step, Optional<TouchpointId> touchpoint) {
      double @Nullable [] sum = touchpoint.map(byTouchpoint::get).orElse(null);
      if (sum == null) {
        sum = byStep.get(step);
      }
      if (sum == null || sum[1] == 0) {
        return OptionalInt.empty();
      }
      return OptionalInt.of(1 + (int) Math.round(sum[0] / sum[1] * 4));
    }
  }
}
