package org.covalue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README's section on the command line names every subcommand the command has, and the command
 * has every subcommand the README shows: the reference cannot fall behind the code.
 */
class CommandReferenceTest {

  private static String commandLineSection() throws IOException {
    String readme =
        Files.readString(Path.of("..", "README.md").toAbsolutePath(), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## The command line\n");
    assertThat(start).as("the README's section on the command line").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  @Test
  void theReadmeShowsEverySubcommand() throws IOException {
    String section = commandLineSection();
    CommandLine command = new CommandLine(new CovalueCommand());

    assertThat(command.getSubcommands()).isNotEmpty();
    for (String name : command.getSubcommands().keySet()) {
      assertThat(section).as("covalue " + name).contains("./covalue " + name);
    }
  }

  @Test
  void everySubcommandTheReadmeShowsExists() throws IOException {
    CommandLine command = new CommandLine(new CovalueCommand());

    for (String line : commandLineSection().split("\n", -1)) {
      if (!line.startsWith("./covalue ")) {
        continue;
      }
      String word = line.substring("./covalue ".length()).split(" ", -1)[0];
      if (!word.startsWith("-")) {
        assertThat(command.getSubcommands()).as(line).containsKey(word);
      }
    }
  }

  @Test
  void theReadmeNamesEveryOptionOfEveryCommand() throws IOException {
    String section = commandLineSection();
    CommandLine command = new CommandLine(new CovalueCommand());
    java.util.List<CommandLine> commands = new java.util.ArrayList<>();
    commands.add(command);
    commands.addAll(command.getSubcommands().values());
    for (CommandLine each : commands) {
      for (CommandLine.Model.OptionSpec option : each.getCommandSpec().options()) {
        if (option.usageHelp() || option.versionHelp()) {
          continue;
        }
        assertThat(section)
            .as("option %s of covalue %s", option.longestName(), each.getCommandName())
            .contains(option.longestName());
      }
    }
  }
}
