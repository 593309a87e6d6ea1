package io.abacus.app.cli.explorer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.explorer.abi.AbiDecoder;
import io.abacus.explorer.abi.Decoded;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.db.Hex;
import io.abacus.explorer.query.AddressQueries;
import io.abacus.explorer.query.Cursor;
import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.wallet.address.Address;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code abacus query}: reads an index. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = "Look up blocks, transactions and address history in an index.",
    subcommands = {
      QueryCommand.Block.class,
      QueryCommand.Tx.class,
      QueryCommand.AddressHistory.class,
      QueryCommand.Summary.class,
      QueryCommand.Search.class
    })
public final class QueryCommand implements Callable<Integer> {
  static final ObjectMapper JSON = new ObjectMapper();
  private final CliContext context;

  public QueryCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    throw new UserException(
        "say what to query: block, tx, address or search (see 'abacus query --help')");
  }

  /** Options every query takes. */
  abstract static class Base implements Callable<Integer> {
    final CliContext context;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The index file.")
    Path db;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    Base(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws Exception {
      return ExplorerSupport.run(
          () -> {
            ExplorerDatabase database = ExplorerSupport.openExisting(db);
            Object result = query(database);
            if (json) {
              context.out().println(JSON.writeValueAsString(result));
            }
            return 0;
          });
    }

    /** Runs the query, prints text unless {@code --json}, and returns the JSON object. */
    abstract ObjectNode query(ExplorerDatabase db);
  }

  @Command(
      name = "block",
      mixinStandardHelpOptions = true,
      description = "A block by number or hash.")
  public static final class Block extends Base {
    @Parameters(paramLabel = "N|HASH")
    String key;

    public Block(CliContext context) {
      super(context);
    }

    @Override
    ObjectNode query(ExplorerDatabase db) {
      try (ExplorerQueries q = new ExplorerQueries(db, 12)) {
        QueryRecords.Block b =
            (key.startsWith("0x") ? q.blockByHash(hash(key)) : q.block(number(key)))
                .orElseThrow(() -> new UserException("block " + key + " is not in the index"));
        ObjectNode o = JSON.createObjectNode();
        o.put("number", b.number());
        o.put("hash", b.hash());
        o.put("parentHash", b.parentHash());
        o.put("timestamp", b.timestamp().getEpochSecond());
        o.put("txCount", b.txCount());
        if (!json) {
          context
              .out()
              .printf(
                  Locale.ROOT,
                  "block %d %s%n  parent %s%n  time %s  %d transactions%s%n",
                  b.number(),
                  b.hash(),
                  b.parentHash(),
                  b.timestamp(),
                  b.txCount(),
                  b.confirmed() ? "" : "  (unconfirmed)");
        }
        return o;
      }
    }
  }

  @Command(
      name = "tx",
      mixinStandardHelpOptions = true,
      description = "A transaction with its token transfers.")
  public static final class Tx extends Base {
    /** Prints the decoded call and events (text mode only; the JSON contract stays as it is). */
    private void printDecoded(AbiDecoder decoder, QueryRecords.Transaction t) {
      print(decoder.decodeInput(t.to(), Hex.decode(t.input())), "call");
      for (QueryRecords.Log log : t.logs()) {
        List<byte[]> topics = log.topics().stream().map(Hex::decode).toList();
        print(decoder.decodeLog(log.address(), topics, Hex.decode(log.data())), "event");
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

    public Tx(CliContext context) {
      super(context);
    }

    @Override
    ObjectNode query(ExplorerDatabase db) {
      try (ExplorerQueries q = new ExplorerQueries(db, 12)) {
        QueryRecords.Transaction t =
            q.transaction(hash(hash))
                .orElseThrow(
                    () -> new UserException("transaction " + hash + " is not in the index"));
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
          x.put("from", tt.from().toString());
          x.put("to", tt.to().toString());
          x.put("value", tt.value().toString());
          x.put("tokenId", tt.tokenId() == null ? null : tt.tokenId().toString());
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
                              "  token %s: %s -> %s %s%s%n",
                              tt.token(),
                              tt.from(),
                              tt.to(),
                              tt.value(),
                              tt.tokenId() == null ? "" : " (id " + tt.tokenId() + ")"));
          printDecoded(q.decoder(), t);
        }
        return o;
      }
    }
  }

  @Command(
      name = "address",
      mixinStandardHelpOptions = true,
      description = "An address's transactions, newest first.")
  public static final class AddressHistory extends Base {
    @Parameters(paramLabel = "ADDR")
    String address;

    @Option(
        names = "--limit",
        defaultValue = "25",
        paramLabel = "N",
        description = "Items per page (default 25).")
    int limit;

    @picocli.CommandLine.Mixin HistoryOptions filters = new HistoryOptions();

    @Option(
        names = "--before",
        paramLabel = "CURSOR",
        description = "The 'next' cursor of the previous page.")
    String before;

    public AddressHistory(CliContext context) {
      super(context);
    }

    @Override
    ObjectNode query(ExplorerDatabase db) {
      Address a = ExplorerSupport.address(address);
      Cursor cursor = before == null ? null : Cursor.parse(before);
      try (AddressQueries q = new AddressQueries(db)) {
        QueryRecords.HistoryPage page = q.history(a, filters.filter(), limit, cursor);
        ObjectNode o = JSON.createObjectNode();
        o.put("address", a.toString());
        o.put("txCount", page.txCount());
        ArrayNode items = o.putArray("items");
        for (QueryRecords.HistoryItem i : page.items()) {
          items.addObject().put("hash", i.hash()).put("blockNumber", i.blockNumber());
        }
        o.put("next", page.next() == null ? null : page.next().toString());
        if (!json) {
          context.out().printf(Locale.ROOT, "%s: %d transactions%n", a, page.txCount());
          page.items()
              .forEach(
                  i ->
                      context
                          .out()
                          .printf(
                              Locale.ROOT,
                              "  %d  %s  %-3s %s -> %s  %s wei%n",
                              i.blockNumber(),
                              i.hash(),
                              i.direction(),
                              i.from(),
                              i.to(),
                              i.value()));
          if (page.next() != null) {
            context.out().println("more: --before " + page.next());
          }
        }
        return o;
      }
    }
  }

  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      description = "Find a tx hash, block, address or label.")
  public static final class Search extends Base {
    @Parameters(paramLabel = "TEXT")
    String text;

    public Search(CliContext context) {
      super(context);
    }

    @Override
    ObjectNode query(ExplorerDatabase db) {
      try (ExplorerQueries q = new ExplorerQueries(db, 12)) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode hits = o.putArray("hits");
        for (QueryRecords.SearchHit h : q.search(text)) {
          hits.addObject()
              .put("kind", h.kind().name().toLowerCase(Locale.ROOT))
              .put("key", h.key())
              .put("label", h.label());
          if (!json) {
            context
                .out()
                .printf(
                    Locale.ROOT,
                    "%s %s%s%n",
                    h.kind().name().toLowerCase(Locale.ROOT),
                    h.key(),
                    h.label() == null ? "" : " (" + h.label() + ")");
          }
        }
        return o;
      }
    }
  }

  @Command(
      name = "summary",
      mixinStandardHelpOptions = true,
      description = "An address at a glance: activity, totals per asset, top counterparties.")
  public static final class Summary extends Base {
    @Parameters(paramLabel = "ADDR")
    String address;

    public Summary(CliContext context) {
      super(context);
    }

    @Override
    ObjectNode query(ExplorerDatabase db) {
      Address a = ExplorerSupport.address(address);
      try (AddressQueries q = new AddressQueries(db)) {
        QueryRecords.AddressSummary s = q.summary(a);
        ObjectNode o = JSON.createObjectNode();
        o.put("address", a.toString());
        o.put("label", s.label());
        o.put("txCount", s.txCount());
        o.put("sent", s.sent());
        o.put("firstSeen", s.firstSeen() == null ? null : s.firstSeen().toString());
        o.put("lastSeen", s.lastSeen() == null ? null : s.lastSeen().toString());
        o.put("firstBlock", s.firstBlock());
        o.put("lastBlock", s.lastBlock());
        o.put("feesPaid", s.feesPaid().toString());
        ArrayNode totals = o.putArray("totals");
        for (QueryRecords.AssetTotals t : s.totals()) {
          totals
              .addObject()
              .put("asset", t.asset() == null ? null : t.asset().toString())
              .put("in", t.in().toString())
              .put("out", t.out().toString());
        }
        ArrayNode top = o.putArray("topCounterparties");
        s.topCounterparties()
            .forEach(
                c ->
                    top.addObject()
                        .put("address", c.address().toString())
                        .put("transactions", c.transactions()));
        if (!json) {
          context
              .out()
              .printf(
                  Locale.ROOT,
                  "%s%s: %d transactions (%d sent), blocks %s..%s, fees paid %s wei%n",
                  a,
                  s.label() == null ? "" : " (" + s.label() + ")",
                  s.txCount(),
                  s.sent(),
                  s.firstBlock(),
                  s.lastBlock(),
                  s.feesPaid());
          s.totals()
              .forEach(
                  t ->
                      context
                          .out()
                          .printf(
                              Locale.ROOT,
                              "  %s in %s out %s%n",
                              t.asset() == null ? "ETH (wei)" : t.asset(),
                              t.in(),
                              t.out()));
          s.topCounterparties()
              .forEach(
                  c ->
                      context
                          .out()
                          .printf(Locale.ROOT, "  with %s: %d%n", c.address(), c.transactions()));
        }
        return o;
      }
    }
  }

  static String hash(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    if (!Hex.isHex(s, 32)) {
      throw new UserException("'" + text + "' is not a hash (0x and 64 hex digits)");
    }
    return s;
  }

  static long number(String text) {
    try {
      long n = Long.parseLong(text.strip());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UserException("'" + text + "' is neither a block number nor a block hash");
    }
  }
}
