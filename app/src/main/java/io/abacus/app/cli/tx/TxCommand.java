package io.abacus.app.cli.tx;

import picocli.CommandLine.Command;

/** {@code abacus tx ...}: build, sign, send and follow transactions. */
@Command(
    name = "tx",
    mixinStandardHelpOptions = true,
    description = {
      "Build, sign (also offline), broadcast, send and follow transactions.",
      "Air-gapped flow: 'tx build' (online) -> 'tx sign' (offline) -> 'tx broadcast' (online)."
    },
    subcommands = {
      TxSignCommand.class,
      TxBuildCommand.class,
      TxBroadcastCommand.class,
      TxSendCommand.class,
      TxStatusCommand.class,
      TxSpeedUpCommand.class,
      TxCancelCommand.class
    })
public final class TxCommand {}
