package org.covalue.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code covalue} command: the entry point of the command line, whose subcommands run covalue's
 * analyses on files (ITIL 4: Drive Stakeholder Value, chapter 1): {@link AnalyzeCommand analyze}
 * and {@link ValidateCommand validate} on a covalue JSON document, {@link RenderCommand render},
 * its pictures and its ArchiMate export, {@link RulesCommand rules}, the rule catalogue, and {@link
 * JourneysCommand journeys}, the journey analytics of an event log (§1.2.4); and {@link DemoCommand
 * demo}, every analysis on an embedded model, told for people; {@code generate-completion} writes a
 * bash and zsh completion script. {@code --debug} on any command adds the stack trace to an error.
 */
@Command(
    name = "covalue",
    mixinStandardHelpOptions = true,
    versionProvider = CovalueCommand.Version.class,
    description = "Value co-creation analyses of ITIL 4: Drive Stakeholder Value, chapter 1.",
    subcommands = {
      AnalyzeCommand.class,
      ValidateCommand.class,
      RenderCommand.class,
      RulesCommand.class,
      JourneysCommand.class,
      DemoCommand.class,
      picocli.AutoComplete.GenerateCompletion.class
    })
public final class CovalueCommand implements Runnable {

  @CommandLine.Spec private CommandLine.Model.@org.jspecify.annotations.Nullable CommandSpec spec;

  @CommandLine.Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "On an error, print the stack trace after the one-line message.")
  @SuppressWarnings("UnusedVariable") // read through the parse result, not the field
  private boolean debug;

  /** Creates the command; picocli calls this. */
  public CovalueCommand() {}

  /**
   * Runs the command line and exits with its status: 0 when it worked, 1 for unreadable or invalid
   * input, 2 for a wrong command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /**
   * Runs the command line, writing to the given writers.
   *
   * @param out where results go
   * @param err where errors and usage help go
   * @param args the arguments
   * @return the exit status: 0 when it worked, 1 for unreadable or invalid input, 2 for a wrong
   *     command line
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new CovalueCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (exception, line, parseResult) -> {
          line.getErr().println("covalue " + line.getCommandName() + ": " + exception.getMessage());
          if (debugging(parseResult)) {
            exception.printStackTrace(line.getErr());
          }
          line.getErr().flush();
          return 1;
        });
    commandLine.setParameterExceptionHandler(
        (exception, arguments) -> {
          CommandLine line = exception.getCommandLine();
          String name = line.getCommandSpec().qualifiedName();
          line.getErr()
              .println(name + ": " + exception.getMessage() + " (see " + name + " --help)");
          line.getErr().flush();
          return 2;
        });
    int status = commandLine.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  private static boolean debugging(CommandLine.ParseResult parseResult) {
    for (CommandLine line : parseResult.asCommandLineList()) {
      if (line.getParseResult() != null && line.getParseResult().hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Without a subcommand, prints the usage help. */
  @Override
  public void run() {
    CommandLine.Model.CommandSpec commandSpec = spec;
    if (commandSpec != null) {
      commandSpec.commandLine().usage(commandSpec.commandLine().getOut());
    }
  }

  /** Tells the version of covalue, from the jar's manifest when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = CovalueCommand.class.getPackage().getImplementationVersion();
      return new String[] {"covalue " + (version == null ? "(development build)" : version)};
    }
  }
}
