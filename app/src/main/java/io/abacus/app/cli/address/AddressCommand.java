package io.abacus.app.cli.address;

import picocli.CommandLine.Command;

/** {@code abacus address ...}: address utilities. */
@Command(
    name = "address",
    description = "Address tools (EIP-55 checksums).",
    mixinStandardHelpOptions = true,
    subcommands = {ChecksumCommand.class})
public final class AddressCommand {}
