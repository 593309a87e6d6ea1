package io.abacus.app.cli.uri;

import picocli.CommandLine.Command;

/** {@code abacus uri ...}: EIP-681 payment requests. */
@Command(
    name = "uri",
    mixinStandardHelpOptions = true,
    description = "Parse and build EIP-681 'ethereum:' payment URIs (ETH and ERC-20 transfer).",
    subcommands = {UriParseCommand.class, UriBuildCommand.class})
public final class UriCommand {}
