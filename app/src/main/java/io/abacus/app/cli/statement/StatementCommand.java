package io.abacus.app.cli.statement;

import picocli.CommandLine.Command;

/** {@code abacus statement ...}: signed statements of account that anyone can check. */
@Command(
    name = "statement",
    mixinStandardHelpOptions = true,
    description =
        "Create a signed statement of account (format abacus-statement/1) and verify one against"
            + " your own node.",
    subcommands = {StatementCreateCommand.class, StatementVerifyCommand.class})
public final class StatementCommand {}
