package org.covalue.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.covalue.core.Finding;
import org.covalue.interchange.json.CovalueJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code covalue analyze MODEL.json}: runs every analysis of covalue on a covalue JSON document
 * (ITIL 4: Drive Stakeholder Value, chapter 1) and prints the findings, by analysis as text, or all
 * of them as JSON in the form {@code docs/covalue-findings.schema.json} describes.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every analysis on a covalue JSON document.",
      "Consumer roles, the relationship network, services, journeys, value streams, the band",
      "of visibility, value, value drivers and leakage; prints the findings by analysis."
    })
public final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "MODEL.json", description = "The covalue JSON document.")
  private @Nullable Path model;

  @Option(names = "--format", defaultValue = "text", description = "text (the default) or json.")
  private JourneysCommand.@Nullable Format format;

  @CommandLine.Spec private CommandLine.Model.@Nullable CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public AnalyzeCommand() {}

  /**
   * Reads the document and prints the findings.
   *
   * @return 0
   */
  @Override
  public Integer call() {
    CommandLine.Model.CommandSpec commandSpec = Objects.requireNonNull(spec, "spec");
    Path path = Objects.requireNonNull(model, "model");
    PrintWriter out = commandSpec.commandLine().getOut();
    Map<String, List<Finding>> found = ModelAnalyses.of(Documents.read(path));
    if (format == JourneysCommand.Format.json) {
      List<Finding> all = new ArrayList<>();
      found.values().forEach(all::addAll);
      out.println(CovalueJson.DEFAULT.writeFindings(all));
    } else {
      int total = 0;
      for (Map.Entry<String, List<Finding>> analysis : found.entrySet()) {
        List<Finding> findings = analysis.getValue();
        total += findings.size();
        out.println(
            analysis.getKey()
                + ": "
                + (findings.isEmpty() ? "nothing to report" : Counts.of(findings)));
        for (Finding finding : findings) {
          out.println(
              "  "
                  + finding.severity().name().toLowerCase(java.util.Locale.ROOT)
                  + " "
                  + finding.rule().id()
                  + ": "
                  + finding.message());
        }
      }
      out.println(path + ": " + total + " findings");
    }
    out.flush();
    return 0;
  }
}
