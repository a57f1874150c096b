package org.covalue.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.covalue.core.model.CoreModel;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.interchange.archimate.ArchimateExport;
import org.covalue.interchange.json.CovalueDocument;
import org.covalue.interchange.picture.BandOfVisibilityPicture;
import org.covalue.interchange.picture.CustomerJourneyPicture;
import org.covalue.interchange.picture.Picture;
import org.covalue.interchange.picture.RelationshipNetworkPicture;
import org.covalue.interchange.picture.StakeholderMapPicture;
import org.covalue.interchange.picture.ValueDriverChainPicture;
import org.covalue.interchange.report.HtmlReport;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code covalue render MODEL.json --what WHAT --to FORMAT}: draws one part of a covalue JSON
 * document (ITIL 4: Drive Stakeholder Value, chapter 1) as SVG, Mermaid or Graphviz DOT text, the
 * stakeholder map (§1.2.1), the relationship network (§1.2.3), a customer journey (§1.2.4) or the
 * band of visibility of a relationship (§1.2.5) or a value-driver chain (§1.2.7, Figure 1.11); or
 * writes the whole model as an ArchiMate exchange document or as an HTML report of its pictures and
 * the findings of every analysis.
 *
 * <p>A journey or a band is drawn for the model's only journey or relationship; when the model has
 * several, {@code --journey}, {@code --relationship} or {@code --chain} names one, and without it
 * the command refuses and lists the ids (exit status 2). {@code --to archimate} and {@code --to
 * html} take the whole model, so they take no {@code --what} (docs/decisions/0042).
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Draws part of a covalue JSON document as SVG, Mermaid or DOT text,",
      "or the whole model as an ArchiMate exchange document or an HTML report."
    })
public final class RenderCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "MODEL.json", description = "The covalue JSON document.")
  private @Nullable Path model;

  @Option(
      names = "--what",
      paramLabel = "WHAT",
      converter = WhatConverter.class,
      completionCandidates = WhatCandidates.class,
      description = {
        "What to draw: ${COMPLETION-CANDIDATES}.",
        "Needed for every format except archimate and html, which take the whole model."
      })
  private @Nullable What what;

  @Option(
      names = "--to",
      paramLabel = "FORMAT",
      required = true,
      converter = FormatConverter.class,
      completionCandidates = FormatCandidates.class,
      description = "The format: ${COMPLETION-CANDIDATES}.")
  private @Nullable Format to;

  @Option(
      names = "--journey",
      paramLabel = "ID",
      description = "The journey to draw (--what journey), when the model has several.")
  private @Nullable String journey;

  @Option(
      names = "--relationship",
      paramLabel = "ID",
      description =
          "The relationship whose band to draw (--what band), when the model has several.")
  private @Nullable String relationship;

  @Option(
      names = "--chain",
      paramLabel = "ID",
      description = "The value-driver chain to draw (--what drivers), when the model has several.")
  private @Nullable String chain;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write; standard output when left out.")
  private @Nullable Path out;

  @CommandLine.Spec private CommandLine.Model.@Nullable CommandSpec spec;

  /** What the command draws. */
  enum What {
    STAKEHOLDER_MAP("stakeholder-map"),
    JOURNEY("journey"),
    NETWORK("network"),
    BAND("band"),
    DRIVERS("drivers");

    final String word;

    What(String word) {
      this.word = word;
    }
  }

  /** The formats the command writes. */
  enum Format {
    SVG("svg"),
    MERMAID("mermaid"),
    DOT("dot"),
    ARCHIMATE("archimate"),
    HTML("html");

    final String word;

    Format(String word) {
      this.word = word;
    }
  }

  /** Creates the command; picocli calls this. */
  public RenderCommand() {}

  /**
   * Reads the document and writes the picture or the export.
   *
   * @return 0
   */
  @Override
  public Integer call() {
    CommandLine.Model.CommandSpec commandSpec = Objects.requireNonNull(spec, "spec");
    CommandLine line = commandSpec.commandLine();
    Path path = Objects.requireNonNull(model, "model");
    Format format = Objects.requireNonNull(to, "to");
    What drawn = what;
    if (format == Format.ARCHIMATE || format == Format.HTML) {
      if (drawn != null || journey != null || relationship != null || chain != null) {
        throw new CommandLine.ParameterException(
            line,
            "--to "
                + format.word
                + " takes the whole model: leave out --what, --journey, --relationship and"
                + " --chain");
      }
    } else if (drawn == null) {
      throw new CommandLine.ParameterException(
          line, "Missing --what: one of " + words(What.values(), w -> w.word));
    } else {
      if (journey != null && drawn != What.JOURNEY) {
        throw new CommandLine.ParameterException(line, "--journey applies to --what journey only");
      }
      if (relationship != null && drawn != What.BAND) {
        throw new CommandLine.ParameterException(
            line, "--relationship applies to --what band only");
      }
      if (chain != null && drawn != What.DRIVERS) {
        throw new CommandLine.ParameterException(line, "--chain applies to --what drivers only");
      }
    }
    CovalueDocument document = Documents.read(path);
    String text;
    if (format == Format.HTML) {
      text =
          HtmlReport.DEFAULT
              .withTitle("covalue report: " + modelName(path))
              .render(document, ModelAnalyses.of(document));
    } else if (drawn == null) {
      text = ArchimateExport.of(modelName(path)).toXml(document.value(), document.visibility());
    } else {
      Picture picture = picture(line, path, document, drawn);
      text =
          switch (format) {
            case SVG -> picture.svg();
            case MERMAID -> picture.mermaid();
            default -> picture.dot();
          };
    }
    Path file = out;
    if (file == null) {
      PrintWriter writer = line.getOut();
      writer.print(text.endsWith("\n") ? text : text + "\n");
      writer.flush();
    } else {
      Documents.write(file, text);
      PrintWriter err = line.getErr();
      err.println("covalue render: wrote " + file);
      err.flush();
    }
    return 0;
  }

  private Picture picture(CommandLine line, Path path, CovalueDocument document, What drawn) {
    CoreModel core = document.core();
    return switch (drawn) {
      case STAKEHOLDER_MAP ->
          StakeholderMapPicture.of(
              StakeholderMap.builder().stakeholders(core.stakeholders()).build());
      case NETWORK -> RelationshipNetworkPicture.of(core);
      case JOURNEY ->
          CustomerJourneyPicture.of(
              document.journey(),
              choose(
                  line,
                  path,
                  document.journey().journeys(),
                  j -> j.id().value(),
                  journey,
                  "customer journey",
                  "--journey"));
      case BAND ->
          BandOfVisibilityPicture.of(
              document.visibility(),
              choose(
                  line,
                  path,
                  core.relationships(),
                  r -> r.id().value(),
                  relationship,
                  "service relationship",
                  "--relationship"));
      case DRIVERS ->
          ValueDriverChainPicture.of(
              ValueDriverAnalysis.of(
                  choose(
                      line,
                      path,
                      document.value().driverChains(),
                      c -> c.id().value(),
                      chain,
                      "value-driver chain",
                      "--chain")));
    };
  }

  /**
   * Picks the element named on the command line, or the only one.
   *
   * @throws CommandLine.ParameterException if none is named and there are several, or the one named
   *     is not there
   * @throws IllegalArgumentException if the model has none
   */
  private static <T> T choose(
      CommandLine line,
      Path path,
      List<T> elements,
      Function<T, String> id,
      @Nullable String wanted,
      String kind,
      String option) {
    if (elements.isEmpty()) {
      throw new IllegalArgumentException(path + " has no " + kind + " to draw");
    }
    List<String> ids = new ArrayList<>();
    elements.forEach(element -> ids.add(id.apply(element)));
    if (wanted == null) {
      if (elements.size() == 1) {
        return elements.get(0);
      }
      throw new CommandLine.ParameterException(
          line,
          path
              + " has "
              + elements.size()
              + " "
              + kind
              + "s: name one with "
              + option
              + " ID, one of "
              + String.join(", ", ids));
    }
    for (T element : elements) {
      if (id.apply(element).equals(wanted)) {
        return element;
      }
    }
    throw new CommandLine.ParameterException(
        line, path + " has no " + kind + " " + wanted + ": use one of " + String.join(", ", ids));
  }

  private static String modelName(Path path) {
    Path name = path.getFileName();
    String file = name == null ? path.toString() : name.toString();
    return file.toLowerCase(Locale.ROOT).endsWith(".json")
        ? file.substring(0, file.length() - ".json".length())
        : file;
  }

  private static <T> String words(T[] values, Function<T, String> word) {
    List<String> words = new ArrayList<>();
    Arrays.stream(values).forEach(value -> words.add(word.apply(value)));
    return String.join(", ", words);
  }

  /** Reads a {@link What} from its word. */
  static final class WhatConverter implements CommandLine.ITypeConverter<What> {
    @Override
    public What convert(String value) {
      for (What candidate : What.values()) {
        if (candidate.word.equals(value)) {
          return candidate;
        }
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not one of " + words(What.values(), w -> w.word));
    }
  }

  /** Reads a {@link Format} from its word. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format candidate : Format.values()) {
        if (candidate.word.equals(value)) {
          return candidate;
        }
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not one of " + words(Format.values(), f -> f.word));
    }
  }

  /** The words of {@link What}, for the help and shell completion. */
  static final class WhatCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(What.values()).map(w -> w.word).iterator();
    }
  }

  /** The words of {@link Format}, for the help and shell completion. */
  static final class FormatCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Format.values()).map(f -> f.word).iterator();
    }
  }
}
