package io.abacus.app.cli.message;

import picocli.CommandLine.Command;

/** {@code abacus message ...}: EIP-191 and EIP-712 signatures. */
@Command(
    name = "message",
    mixinStandardHelpOptions = true,
    description =
        "Sign and verify messages: EIP-191 personal_sign (text or bytes) and EIP-712 typed data.",
    subcommands = {MessageSignCommand.class, MessageVerifyCommand.class})
public final class MessageCommand {}
