package io.abacus.app.cli.network;

import picocli.CommandLine.Command;

/** {@code abacus network ...}: the saved networks, shared with the desktop app's settings. */
@Command(
    name = "network",
    mixinStandardHelpOptions = true,
    description = {
      "List, add and remove the saved networks (the same settings the desktop app uses).",
      "Commands that talk to a node take --network NAME to use one."
    },
    subcommands = {NetworkListCommand.class, NetworkAddCommand.class, NetworkRemoveCommand.class})
public final class NetworkCommand {}
