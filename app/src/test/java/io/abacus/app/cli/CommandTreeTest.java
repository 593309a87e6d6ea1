package io.abacus.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CommandTreeTest {
  private final CliContext context =
      new CliContext(
          new PrintWriter(new StringWriter()),
          new PrintWriter(new StringWriter()),
          new ByteArrayInputStream(new byte[0]),
          Map.of(),
          dir -> {});
  private final Cli.Factory factory = new Cli.Factory(context);

  private CommandLine rootFor(String... args) {
    CommandLine root = new CommandLine(new AbacusCommand(context), factory);
    CommandTree.addSubcommands(root, AbacusCommand.SUBCOMMANDS, args, factory);
    return root;
  }

  @Test
  void versionAndTheDesktopBuildNoSubcommand() {
    assertThat(rootFor("--version").getSubcommands()).isEmpty();
    assertThat(rootFor("--data-dir", "/tmp/x").getSubcommands()).isEmpty();
  }

  @Test
  void aCommandBuildsOnlyItselfAndInheritsTheRootOptions() {
    CommandLine root =
        rootFor("--data-dir", "address", "address", "checksum", "0x" + "ab".repeat(20));

    assertThat(root.getSubcommands()).containsOnlyKeys("address");
    CommandLine checksum = root.getSubcommands().get("address").getSubcommands().get("checksum");
    assertThat(checksum.getCommandSpec().findOption("--data-dir")).isNotNull();
    assertThat(checksum.getCommandSpec().findOption("--debug")).isNotNull();
  }

  @Test
  void theRootsHelpListsEveryCommand() {
    for (String[] args : new String[][] {{"--help"}, {"help"}, {"-h", "nosuch"}}) {
      assertThat(rootFor(args).getSubcommands()).hasSameSizeAs(AbacusCommand.SUBCOMMANDS);
    }
    CommandLine helpTx = rootFor("help", "tx");
    assertThat(helpTx.getSubcommands().get("tx").getSubcommands()).containsKey("sign");
  }

  @Test
  void everyCommandBuildsInFull() {
    // Picocli checks a command (duplicate options, bad annotations) only when it builds it.
    for (Class<?> type : AbacusCommand.SUBCOMMANDS) {
      String name = type.getAnnotation(Command.class).name();
      assertThatCode(() -> rootFor(name, "--help")).as(name).doesNotThrowAnyException();
      if (!name.equals("help")) {
        assertThat(rootFor(name, "--help").getSubcommands()).as(name).containsOnlyKeys(name);
      }
    }
  }

  @Test
  void aPlainGroupBuildsOnlyTheSubcommandNamed() {
    CommandLine payout = rootFor("payout", "run", "--csv", "p.csv").getSubcommands().get("payout");
    assertThat(payout.getSubcommands()).containsOnlyKeys("run");
    assertThat(payout.getCommandSpec().findOption("--help")).isNotNull();
    assertThat(payout.getSubcommands().get("run").getCommandSpec().findOption("--data-dir"))
        .isNotNull();

    assertThat(rootFor("payout", "nosuch").getSubcommands().get("payout").getSubcommands())
        .as("an unknown word gets picocli's message over the whole group")
        .hasSize(6);
    assertThat(rootFor("payout", "--help").getSubcommands().get("payout").getSubcommands())
        .hasSize(6);
    assertThat(rootFor("sandbox", "start").getSubcommands().get("sandbox").getSubcommands())
        .as("a group with members of its own is built whole")
        .hasSizeGreaterThan(1);
  }

  @Test
  void aSubcommandBuiltAloneIsTheSameAsInTheWholeGroup() {
    int groups = 0;
    for (Class<?> type : AbacusCommand.SUBCOMMANDS) {
      if (!CommandTree.isPlainGroup(type)) {
        continue;
      }
      groups++;
      String group = type.getAnnotation(Command.class).name();
      CommandLine whole = rootFor(group, "--help").getSubcommands().get(group);
      for (Class<?> sub : type.getAnnotation(Command.class).subcommands()) {
        String name = sub.getAnnotation(Command.class).name();
        CommandLine alone = rootFor(group, name).getSubcommands().get(group);
        assertThat(alone.getSubcommands()).as(group + " " + name).containsOnlyKeys(name);
        assertThat(options(alone)).as(group).isEqualTo(options(whole));
        assertThat(options(alone.getSubcommands().get(name)))
            .as(group + " " + name)
            .isEqualTo(options(whole.getSubcommands().get(name)));
        assertThat(alone.getCommandSpec().usageMessage().description())
            .isEqualTo(whole.getCommandSpec().usageMessage().description());
      }
    }
    assertThat(groups).as("payout, wallet, tx, ...").isGreaterThanOrEqualTo(8);
  }

  private static java.util.List<String> options(CommandLine line) {
    return line.getCommandSpec().options().stream()
        .map(o -> String.join("|", o.names()) + (o.inherited() ? " (inherited)" : ""))
        .sorted()
        .toList();
  }
}
