package org.covalue.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violation;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code covalue validate MODEL.json}: reads a covalue JSON document and checks it as every
 * module's validator does; prints each violation at its JSON pointer. Exit status 0 when the
 * document is valid, 1 when it is not.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a covalue JSON document; exit status 0 if valid, 1 if not.",
      "Format, types, ids that dangle or repeat, every rule of the model; each violation is",
      "printed at its JSON pointer."
    })
public final class ValidateCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "MODEL.json", description = "The covalue JSON document.")
  private @Nullable Path model;

  @CommandLine.Spec private CommandLine.Model.@Nullable CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public ValidateCommand() {}

  /**
   * Reads and checks the document.
   *
   * @return 0 when valid, 1 when not
   */
  @Override
  public Integer call() {
    CommandLine.Model.CommandSpec commandSpec = Objects.requireNonNull(spec, "spec");
    Path path = Objects.requireNonNull(model, "model");
    PrintWriter out = commandSpec.commandLine().getOut();
    try {
      Documents.read(path);
    } catch (InvalidModelException e) {
      int count = e.violations().size();
      out.println(path + ": invalid, " + count + (count == 1 ? " violation" : " violations"));
      for (Violation violation : e.violations()) {
        out.println("  " + violation.path() + ": " + violation.message());
      }
      out.flush();
      return 1;
    }
    out.println(path + ": valid");
    out.flush();
    return 0;
  }
}
