package io.abacus.app.cli.tx;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.common.NodeOptions;
import io.abacus.wallet.send.PaymentSender;
import io.abacus.wallet.send.TransactionSummary;
import io.abacus.wallet.signing.Signer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tx send}: plan, confirm, sign and broadcast in one go. */
@Command(
    name = "send",
    mixinStandardHelpOptions = true,
    description =
        "Pay ETH or an ERC-20 token: checks chain and balance, shows the summary, asks to confirm (or --yes), signs and broadcasts.")
public final class TxSendCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;
  @Mixin NodeOptions node = new NodeOptions();
  @Mixin PaymentOptions payment = new PaymentOptions();
  @Mixin WaitOptions waiting = new WaitOptions();

  @ArgGroup(exclusive = true, multiplicity = "1")
  SigningKey key;

  @Option(names = "--yes", description = "Do not ask for confirmation.")
  boolean yes;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  public TxSendCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    OnlineWallet wallet = new OnlineWallet(node, spec);
    PaymentSender sender = wallet.sender(payment);
    try (SigningKey.Held held = key.open(context, spec)) {
      Signer signer = held.signer();
      PaymentSender.Sent sent =
          sender.send(
              payment.payment(signer.address(), wallet.planner(payment)), signer, this::confirm);
      SentOutput.print(
          context, json, sent.signed(), waiting.follow(wallet.broadcaster, sent.signed()));
    }
    return 0;
  }

  private boolean confirm(TransactionSummary summary) {
    summary.lines().forEach(context.err()::println);
    if (yes) {
      return true;
    }
    context.err().print("Send? [y/N] ");
    context.err().flush();
    try {
      String answer =
          new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8))
              .readLine();
      return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    } catch (IOException e) {
      return false;
    }
  }
}
