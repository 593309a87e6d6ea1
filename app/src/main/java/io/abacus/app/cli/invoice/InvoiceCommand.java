package io.abacus.app.cli.invoice;

import picocli.CommandLine.Command;

/** {@code abacus invoice ...}: invoices matched to incoming payments. */
@Command(
    name = "invoice",
    mixinStandardHelpOptions = true,
    description = "Invoices paid in ETH or tokens, matched to the wallet's incoming payments.",
    subcommands = {
      InvoiceCreateCommand.class,
      InvoiceSyncCommand.class,
      InvoiceListCommand.class,
      InvoiceAssignCommand.class,
      InvoiceCancelCommand.class,
      InvoiceExportCommand.class,
      InvoicePdfCommand.class
    })
public final class InvoiceCommand {}
