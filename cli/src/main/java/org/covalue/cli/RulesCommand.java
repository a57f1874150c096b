package org.covalue.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.covalue.core.Rule;
import org.covalue.core.analysis.CoreRules;
import org.covalue.interchange.json.CovalueJson;
import org.covalue.journey.analysis.JourneyRules;
import org.covalue.value.analysis.ValueRules;
import org.covalue.visibility.analysis.VisibilityRules;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code covalue rules}: the catalogue of every rule covalue's analyses apply, with its id, default
 * severity, the section of ITIL 4: Drive Stakeholder Value it comes from and what it reports; the
 * same list as {@code docs/rules.md}; as text, or as JSON ({@code --format json}) with the fields a
 * finding's rule, severity and section refer to.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Lists every rule: id, severity, ITIL section and what it reports.")
public final class RulesCommand implements Callable<Integer> {

  @CommandLine.Option(
      names = "--format",
      defaultValue = "text",
      description = "text (the default) or json.")
  private JourneysCommand.@Nullable Format format;

  @CommandLine.Spec private CommandLine.Model.@Nullable CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public RulesCommand() {}

  /**
   * Every rule of every domain module, in module order.
   *
   * @return the rules
   */
  static List<Rule> all() {
    List<Rule> rules = new ArrayList<>(CoreRules.all());
    rules.addAll(JourneyRules.all());
    rules.addAll(VisibilityRules.all());
    rules.addAll(ValueRules.all());
    return rules;
  }

  /**
   * Prints the catalogue.
   *
   * @return 0
   */
  @Override
  public Integer call() {
    PrintWriter out = Objects.requireNonNull(spec, "spec").commandLine().getOut();
    if (format == JourneysCommand.Format.json) {
      out.println(CovalueJson.DEFAULT.writeRules(all()));
      out.flush();
      return 0;
    }
    for (Rule rule : all()) {
      String section = rule.reference().toString();
      int comma = section.indexOf(", §");
      out.println(
          rule.id()
              + "  "
              + rule.defaultSeverity().name().toLowerCase(Locale.ROOT)
              + "  "
              + (comma < 0 ? section : section.substring(comma + 2))
              + "\n    "
              + rule.description());
    }
    out.flush();
    return 0;
  }
}
