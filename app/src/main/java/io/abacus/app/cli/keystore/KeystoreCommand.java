package io.abacus.app.cli.keystore;

import picocli.CommandLine.Command;

/** {@code abacus keystore ...}: Web3 Secret Storage v3 files. */
@Command(
    name = "keystore",
    description = "Read and write Web3 Secret Storage v3 (geth, MetaMask) key files.",
    mixinStandardHelpOptions = true,
    subcommands = {DecryptCommand.class, EncryptCommand.class})
public final class KeystoreCommand {}
