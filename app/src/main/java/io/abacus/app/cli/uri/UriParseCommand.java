package io.abacus.app.cli.uri;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.JsonOutput;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.uri.PaymentRequest;
import io.abacus.wallet.uri.PaymentUri;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code uri parse}: prints the request's fields; amounts in base units (and ETH for value). */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Show what an ethereum: URI asks for.")
public final class UriParseCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "URI")
  String uri;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  public UriParseCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PaymentRequest r;
    try {
      r = PaymentUri.parse(uri);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    ObjectNode o = JsonOutput.object();
    if (r instanceof PaymentRequest.Ether e) {
      o.put("asset", "ETH");
      o.put("to", e.to().toString());
      e.value()
          .ifPresent(
              v -> o.put("valueWei", v.toString()).put("valueEth", Quantities.formatEther(v)));
    } else if (r instanceof PaymentRequest.Token t) {
      o.put("asset", "ERC-20");
      o.put("token", t.token().toString());
      o.put("to", t.recipient().toString());
      t.amount().ifPresent(v -> o.put("amountUnits", v.toString()));
    }
    r.chainId().ifPresent(c -> o.put("chainId", c));
    r.gasLimit().ifPresent(g -> o.put("gasLimit", g.toString()));
    r.gasPrice().ifPresent(g -> o.put("gasPrice", g.toString()));
    if (json) {
      JsonOutput.print(context.out(), o);
    } else {
      for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = o.fields();
          it.hasNext(); ) {
        Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> f = it.next();
        context.out().println(f.getKey() + ": " + f.getValue().asText());
      }
    }
    return 0;
  }
}
