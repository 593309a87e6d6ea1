package io.abacus.app.cli.explorer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.explorer.abi.AbiDecoder;
import io.abacus.explorer.abi.Decoded;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.wallet.encoding.HexBytes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code abacus query tx}: a transaction, its token transfers and decoded call and events. */
@Command(
    name = "tx",
    mixinStandardHelpOptions = true,
    description = "A transaction with its token transfers.")
public final class QueryTxCommand extends QueryBase {
  /** Prints the decoded call and events (text mode only; the JSON contract stays as it is). */
  private void printDecoded(AbiDecoder decoder, QueryRecords.Transaction t) {
    print(decoder.decodeInput(t.to(), HexBytes.decode(t.input())), "call");
    for (QueryRecords.Log log : t.logs()) {
      List<byte[]> topics = log.topics().stream().map(HexBytes::decode).toList();
      print(decoder.decodeLog(log.address(), topics, HexBytes.decode(log.data())), "event");
    }
  }

  private void print(Optional<Decoded> decoded, String kind) {
    decoded.ifPresent(
        d -> {
          StringBuilder line = new StringBuilder("  " + kind + " " + d.name() + "(");
          for (int i = 0; i < d.args().size(); i++) {
            Decoded.Arg a = d.args().get(i);
            line.append(i == 0 ? "" : ", ").append(a.name().isEmpty() ? a.type() : a.name());
            line.append('=').append(a.value());
          }
          context.out().println(line.append(')'));
        });
  }

  @Parameters(paramLabel = "HASH")
  String hash;

  public QueryTxCommand(CliContext context) {
    super(context);
  }

  @Override
  ObjectNode query(ExplorerDatabase db) {
    try (ExplorerQueries q = new ExplorerQueries(db, 12)) {
      QueryRecords.Transaction t =
          q.transaction(hash(hash))
              .orElseThrow(() -> new UserException("transaction " + hash + " is not in the index"));
      ObjectNode o = JSON.createObjectNode();
      o.put("hash", t.hash());
      o.put("blockNumber", t.blockNumber());
      o.put("from", t.from().toString());
      o.put("to", t.to() == null ? null : t.to().toString());
      o.put("value", t.value().toString());
      if (t.status() == null) {
        o.putNull("status");
      } else {
        o.put("status", t.status());
      }
      o.put("gasUsed", t.gasUsed());
      ArrayNode transfers = o.putArray("tokenTransfers");
      for (QueryRecords.TokenTransfer tt : t.tokenTransfers()) {
        ObjectNode x = transfers.addObject();
        x.put("token", tt.token().toString());
        x.put("symbol", tt.info().symbol());
        if (tt.info().decimals() == null) {
          x.putNull("decimals");
        } else {
          x.put("decimals", tt.info().decimals());
        }
        x.put("from", tt.from().toString());
        x.put("to", tt.to().toString());
        x.put("amount", tt.amount().orElse(null));
        x.put("rawAmount", tt.value().toString());
        x.put("value", tt.value().toString());
        x.put("tokenId", tt.tokenId() == null ? null : tt.tokenId().toString());
      }
      if (q.indexedWithTraces()) {
        ArrayNode internals = o.putArray("internalTransfers");
        for (QueryRecords.InternalTransfer it : t.internalTransfers()) {
          ObjectNode x = internals.addObject();
          x.put("from", it.from().toString());
          x.put("to", it.to() == null ? null : it.to().toString());
          x.put("value", it.value().toString());
          x.put("type", it.type());
        }
      }
      if (!json) {
        context
            .out()
            .printf(
                Locale.ROOT,
                "tx %s in block %d%n  from %s to %s%n  value %s wei  status %s  gas used %d%n",
                t.hash(),
                t.blockNumber(),
                t.from(),
                t.to(),
                t.value(),
                t.status(),
                t.gasUsed());
        t.tokenTransfers()
            .forEach(
                tt ->
                    context
                        .out()
                        .printf(
                            Locale.ROOT,
                            "  token %s%s: %s -> %s %s%s%n",
                            tt.token(),
                            tt.info().known() ? " (" + tt.info().symbol() + ")" : "",
                            tt.from(),
                            tt.to(),
                            tt.amount()
                                .map(
                                    a ->
                                        a
                                            + " "
                                            + tt.info().symbol()
                                            + " ("
                                            + tt.value()
                                            + " units)")
                                .orElse(tt.value().toString()),
                            tt.tokenId() == null ? "" : " (id " + tt.tokenId() + ")"));
        t.internalTransfers()
            .forEach(
                it ->
                    context
                        .out()
                        .printf(
                            Locale.ROOT,
                            "  internal %s: %s -> %s %s wei%n",
                            it.type(),
                            it.from(),
                            it.to(),
                            it.value()));
        printDecoded(q.decoder(), t);
      }
      return o;
    }
  }
}
