package org.covalue.examples;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.covalue.core.Rule;
import org.covalue.core.architecture.CovalueArchitectureRules;

/**
 * The catalogue of every {@link Rule} of every covalue module, found in the compiled code: each
 * module lists its rules in a class {@code org.covalue.<module>.analysis.<Name>Rules} with a static
 * {@code all()} ({@code CoreRules}, {@code JourneyRules}, ...), and each rule is a public static
 * final constant of the analysis that applies it. A module that adds such a class is picked up
 * without any change here. {@code docs/rules.md} is {@link #markdown(String)}.
 */
final class RuleCatalogue {

  /** The modules in the order of the architecture's chain; others follow by name. */
  private static final List<String> MODULE_ORDER =
      List.of("core", "journey", "visibility", "value", "interchange", "testkit", "cli");

  private static final Pattern RULES_CLASS =
      Pattern.compile("org\\.covalue\\.([a-z0-9]+)\\.analysis\\.[A-Za-z0-9]*Rules");

  private static final Pattern MODULE = Pattern.compile("org\\.covalue\\.([a-z0-9]+)(\\..*)?");

  /**
   * One rule as a module lists it.
   *
   * @param module the module, such as {@code journey}
   * @param rule the rule
   * @param listedBy the simple name of the class whose {@code all()} lists it
   * @param constant the constant that declares it, such as {@code JourneyPaths.MID_WAY_ENTRY}
   */
  record Entry(String module, Rule rule, String listedBy, Optional<String> constant) {}

  /** A public static final {@link Rule} field of a public class. */
  private record Constant(String name, String module, Rule rule) {}

  private final Map<String, List<Entry>> byModule;
  private final List<String> problems;

  private RuleCatalogue(Map<String, List<Entry>> byModule, List<String> problems) {
    this.byModule = byModule;
    this.problems = problems;
  }

  /**
   * Returns the catalogue of the main code of every covalue module on the class or module path.
   *
   * @return the catalogue
   */
  static RuleCatalogue ofMainCode() {
    return of(
        new ClassFileImporter()
            .withImportOption(new CovalueArchitectureRules.MainCodeOnly())
            .importPackages("org.covalue"));
  }

  /**
   * Returns the catalogue of some classes.
   *
   * @param classes the classes: the rule lists and the analyses that declare the rules
   * @return the catalogue
   */
  static RuleCatalogue of(JavaClasses classes) {
    List<Constant> constants = new ArrayList<>();
    for (JavaClass type : classes) {
      if (!type.getModifiers().contains(JavaModifier.PUBLIC)) {
        continue;
      }
      for (JavaField field : type.getFields()) {
        if (field.getRawType().isEquivalentTo(Rule.class)
            && field.getModifiers().contains(JavaModifier.PUBLIC)
            && field.getModifiers().contains(JavaModifier.STATIC)
            && field.getModifiers().contains(JavaModifier.FINAL)) {
          constants.add(
              new Constant(
                  type.getSimpleName() + "." + field.getName(),
                  moduleOf(type.getPackageName()),
                  (Rule) read(field)));
        }
      }
    }

    List<String> problems = new ArrayList<>();
    Map<String, List<Entry>> byModule = new TreeMap<>(RuleCatalogue::compareModules);
    for (JavaClass type : classes) {
      Matcher matcher = RULES_CLASS.matcher(type.getName());
      Optional<JavaMethod> all =
          type.getMethods().stream()
              .filter(m -> m.getName().equals("all") && m.getRawParameterTypes().isEmpty())
              .filter(m -> m.getModifiers().contains(JavaModifier.STATIC))
              .findFirst();
      if (!matcher.matches() || !type.getModifiers().contains(JavaModifier.PUBLIC)) {
        continue;
      }
      if (all.isEmpty()) {
        problems.add(type.getName() + " has no static all() listing its module's rules");
        continue;
      }
      String module = matcher.group(1);
      for (Rule rule : invoke(all.get())) {
        Optional<String> constant =
            constants.stream().filter(c -> c.rule().equals(rule)).map(Constant::name).findFirst();
        if (constant.isEmpty()) {
          problems.add(
              type.getSimpleName()
                  + ".all() lists "
                  + rule.id()
                  + ", which no public static final Rule constant declares");
        }
        byModule
            .computeIfAbsent(module, m -> new ArrayList<>())
            .add(new Entry(module, rule, type.getSimpleName(), constant));
      }
    }

    for (Constant constant : constants) {
      List<Entry> listed = byModule.getOrDefault(constant.module(), List.of());
      if (listed.stream().noneMatch(entry -> entry.rule().equals(constant.rule()))) {
        problems.add(
            constant.name()
                + " ("
                + constant.rule().id()
                + ") is a public Rule constant of covalue-"
                + constant.module()
                + ", but "
                + (listed.isEmpty()
                    ? "covalue-"
                        + constant.module()
                        + " has no org.covalue."
                        + constant.module()
                        + ".analysis.*Rules class whose static all() lists rules"
                    : listed.get(0).listedBy() + ".all() does not list it"));
      }
    }

    Map<String, String> ids = new LinkedHashMap<>();
    for (List<Entry> entries : byModule.values()) {
      for (Entry entry : entries) {
        String before = ids.putIfAbsent(entry.rule().id(), entry.module());
        if (before != null) {
          problems.add(
              "Rule id "
                  + entry.rule().id()
                  + " is listed twice (covalue-"
                  + before
                  + " and covalue-"
                  + entry.module()
                  + ")");
        }
      }
    }
    return new RuleCatalogue(byModule, problems);
  }

  private static String moduleOf(String packageName) {
    Matcher matcher = MODULE.matcher(packageName);
    return matcher.matches() ? matcher.group(1) : packageName;
  }

  private static int compareModules(String a, String b) {
    int byChain = Integer.compare(rank(a), rank(b));
    return byChain != 0 ? byChain : a.compareTo(b);
  }

  private static int rank(String module) {
    int index = MODULE_ORDER.indexOf(module);
    return index < 0 ? MODULE_ORDER.size() : index;
  }

  private static Object read(JavaField field) {
    try {
      return Objects.requireNonNull(field.reflect().get(null), field.getFullName());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + field.getFullName(), e);
    }
  }

  private static List<Rule> invoke(JavaMethod all) {
    Method method = all.reflect();
    try {
      List<?> rules = (List<?>) Objects.requireNonNull(method.invoke(null), all.getFullName());
      List<Rule> typed = new ArrayList<>(rules.size());
      for (Object rule : rules) {
        typed.add((Rule) rule);
      }
      return typed;
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot call " + all.getFullName(), e);
    }
  }

  /**
   * Returns the rules, module by module in the order of the architecture, each module's in the
   * order its list gives.
   *
   * @return the entries by module name
   */
  Map<String, List<Entry>> byModule() {
    return byModule;
  }

  /**
   * Returns what keeps the catalogue from being complete: constants no list names, lists that name
   * rules no constant declares, ids given twice.
   *
   * @return one sentence per problem; empty when the catalogue is complete
   */
  List<String> problems() {
    return problems;
  }

  /**
   * Returns the number of rules.
   *
   * @return the number of entries of every module
   */
  int size() {
    return byModule.values().stream().mapToInt(List::size).sum();
  }

  /**
   * Returns the catalogue as the Markdown of {@code docs/rules.md}.
   *
   * @param regenerate the command that regenerates the file, for its header
   * @return the Markdown, with {@code \n} line ends
   */
  String markdown(String regenerate) {
    StringBuilder md = new StringBuilder();
    md.append("# covalue rules\n\n")
        .append(
            "Every rule that covalue's analyses apply, module by module: its id (what a `Finding`"
                + " names in `rule().id()`),\n")
        .append(
            "the severity of its findings unless the analysis says otherwise, where in ITIL 4:"
                + " Drive Stakeholder Value\n")
        .append(
            "it comes from, what it checks, and the constant that holds it on the analysis that"
                + " applies it\n")
        .append("(pass it to `findings(rule)` to pick its findings).\n\n")
        .append("Severities: **error** breaks a rule the model or the guidance sets; **warning**")
        .append(" probably needs action;\n**info** is worth knowing.\n\n")
        .append(
            "Generated from the code by `RuleCatalogueTest` (covalue-examples), which fails when"
                + " this file is stale; do not\nedit it by hand. Each module lists its rules in"
                + " `org.covalue.<module>.analysis.*Rules.all()`, and a module\nthat adds such a"
                + " list appears here when the file is regenerated:\n\n")
        .append("```sh\n")
        .append(regenerate)
        .append("\n```\n");
    List<String> counts = new ArrayList<>();
    for (Map.Entry<String, List<Entry>> module : byModule.entrySet()) {
      counts.add(module.getValue().size() + " in covalue-" + module.getKey());
    }
    md.append("\n")
        .append(size())
        .append(" rules: ")
        .append(String.join(", ", counts))
        .append(".\n");
    for (Map.Entry<String, List<Entry>> module : byModule.entrySet()) {
      List<Entry> entries = module.getValue();
      md.append("\n## covalue-")
          .append(module.getKey())
          .append("\n\nListed by `")
          .append(entries.get(0).listedBy())
          .append(".all()`.\n\n")
          .append("| id | severity | ITIL section | what it reports | analysis and constant |\n")
          .append("|---|---|---|---|---|\n");
      for (Entry entry : entries) {
        Rule rule = entry.rule();
        md.append("| `")
            .append(rule.id())
            .append("` | ")
            .append(rule.defaultSeverity().name().toLowerCase(Locale.ROOT))
            .append(" | §")
            .append(rule.reference().section())
            .append(rule.reference().artefact().map(a -> ", " + a).orElse(""))
            .append(" | ")
            .append(rule.description().replace("|", "\\|"))
            .append(" | ")
            .append(entry.constant().map(c -> "`" + c + "`").orElse("—"))
            .append(" |\n");
      }
    }
    return md.toString();
  }
}
