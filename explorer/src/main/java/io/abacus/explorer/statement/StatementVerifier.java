package io.abacus.explorer.statement;

import io.abacus.explorer.account.ActivityItem;
import io.abacus.explorer.account.HistoryProgress;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.NodeConnection;
import io.abacus.wallet.statement.SignedStatement;
import io.abacus.wallet.statement.Statement;
import io.abacus.wallet.statement.StatementProblem;
import io.abacus.wallet.statement.StatementProblem.Kind;
import io.abacus.wallet.statement.StatementTotals;
import io.abacus.wallet.token.NotAnErc20Exception;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a statement file against the verifier's own node (movements from it or from the verifier's
 * own index): the signatures, the chain and the period's boundary blocks, every movement
 * (re-derived as {@link StatementBuilder} derives them), the balances at the boundary blocks, the
 * assets' decimals and the totals. Needs no wallet.
 */
public final class StatementVerifier {
  private final JsonRpcClient client;
  private final MovementSource source;

  /**
   * Movements re-derived from the node itself.
   *
   * @param client the verifier's node
   */
  public StatementVerifier(JsonRpcClient client) {
    this(client, new NodeMovements(client));
  }

  /**
   * @param client the verifier's node, for blocks, balances and transactions
   * @param source where the movements are re-derived from (the node or the verifier's index)
   */
  public StatementVerifier(JsonRpcClient client, MovementSource source) {
    this.client = client;
    this.source = source;
  }

  /**
   * Every problem of {@code file}; valid when there is none.
   *
   * @param progress told after every scanned chunk
   * @throws IllegalArgumentException (one line) when the statement is not well formed
   * @throws io.abacus.wallet.rpc.RpcException when the node fails
   */
  public VerifyReport verify(SignedStatement file, HistoryProgress progress) {
    Statement s = file.statement();
    List<Address> accounts = wellFormed(s);
    List<StatementProblem> problems = new ArrayList<>(file.checkSignatures());
    List<String> signers = file.validSigners().stream().map(Address::toString).toList();
    long chainId = NodeConnection.chainIdOf(client);
    if (chainId != s.chainId()) {
      problems.add(
          new StatementProblem(
              Kind.CHAIN,
              null,
              "the statement is of chain " + s.chainId() + ", the node serves " + chainId));
      return report(signers, s, problems);
    }
    Optional<ChainBlocks.Header[]> ends = period(s.period(), problems);
    if (ends.isEmpty()) {
      return report(signers, s, problems);
    }
    List<ActivityItem> items = source.movements(accounts, ends.get()[0], ends.get()[1], progress);
    NodeClient node = new NodeClient(client);
    problems.addAll(new MovementCheck(s, items, node).run());
    StatementRows rows = new StatementRows(node);
    assets(s, rows, problems);
    balances(s, rows, problems);
    totals(s, problems);
    return report(signers, s, problems);
  }

  private static VerifyReport report(
      List<String> signers, Statement s, List<StatementProblem> problems) {
    return new VerifyReport(problems.isEmpty(), signers, s.movements().size(), problems);
  }

  private static List<Address> wellFormed(Statement s) {
    if (s.accounts().isEmpty()) {
      throw new IllegalArgumentException("the statement names no account");
    }
    Statement.Period p = s.period();
    if (p.fromBlock() < 1 || p.toBlock() < p.fromBlock()) {
      throw new IllegalArgumentException("the statement's period is not a block range from 1 up");
    }
    try {
      return s.accounts().stream().map(Address::parse).toList();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the statement's accounts: " + e.getMessage());
    }
  }

  /** Checks the boundary blocks: the node's first and last, empty when it does not have them. */
  private Optional<ChainBlocks.Header[]> period(
      Statement.Period p, List<StatementProblem> problems) {
    ChainBlocks blocks = new ChainBlocks(client);
    Optional<ChainBlocks.Header> first = blocks.header(p.fromBlock());
    Optional<ChainBlocks.Header> last = blocks.header(p.toBlock());
    if (first.isEmpty() || last.isEmpty()) {
      problems.add(
          new StatementProblem(
              Kind.CHAIN,
              null,
              "block " + p.toBlock() + " is not on this node (head " + blocks.head() + ")"));
      return Optional.empty();
    }
    boundary(first.get(), p.fromBlockHash(), p.fromTime(), problems);
    boundary(last.get(), p.toBlockHash(), p.toTime(), problems);
    return Optional.of(new ChainBlocks.Header[] {first.get(), last.get()});
  }

  private static void boundary(
      ChainBlocks.Header h, String hash, String time, List<StatementProblem> problems) {
    if (!h.hash().equalsIgnoreCase(String.valueOf(hash))) {
      problems.add(
          new StatementProblem(
              Kind.CHAIN,
              null,
              "block " + h.number() + " is " + h.hash() + " on this node, not " + hash));
    } else if (!h.time().toString().equals(time)) {
      problems.add(
          new StatementProblem(
              Kind.CHAIN,
              null,
              "block " + h.number() + " was mined at " + h.time() + ", not " + time));
    }
  }

  /** Each token's decimals as the chain says: else amounts could be scaled at will. */
  private static void assets(Statement s, StatementRows rows, List<StatementProblem> problems) {
    for (Statement.Asset a : s.assets()) {
      Statement.Asset onChain = rows.asset(a.asset());
      if (onChain.decimals() != a.decimals() && !"?".equals(onChain.symbol())) {
        problems.add(
            new StatementProblem(
                Kind.ALTERED,
                null,
                a.asset() + " has " + onChain.decimals() + " decimals, not " + a.decimals()));
      }
    }
  }

  private void balances(Statement s, StatementRows rows, List<StatementProblem> problems) {
    for (String account : s.accounts()) {
      boolean eth =
          s.balances().stream()
              .anyMatch(
                  b -> b.account().equalsIgnoreCase(account) && Statement.ETH.equals(b.asset()));
      if (!eth) {
        problems.add(new StatementProblem(Kind.BALANCE, null, "no ETH balance of " + account));
      }
    }
    for (Statement.Balance b : s.balances()) {
      int decimals = s.decimalsOf(b.asset());
      if (decimals < 0) {
        problems.add(new StatementProblem(Kind.BALANCE, null, b.asset() + " is not in assets"));
        continue;
      }
      balance(b, "opening", b.opening(), s.period().fromBlock() - 1, decimals, rows, problems);
      balance(b, "closing", b.closing(), s.period().toBlock(), decimals, rows, problems);
    }
  }

  private static void balance(
      Statement.Balance b,
      String which,
      String listed,
      long block,
      int decimals,
      StatementRows rows,
      List<StatementProblem> problems) {
    String onChain;
    try {
      onChain = Quantities.format(rows.balance(b.account(), b.asset(), block), decimals);
    } catch (NotAnErc20Exception | IllegalArgumentException e) {
      onChain = "unreadable";
    }
    boolean same;
    try {
      same = new BigDecimal(listed).compareTo(new BigDecimal(onChain)) == 0;
    } catch (NumberFormatException | NullPointerException e) {
      same = false;
    }
    if (!same) {
      problems.add(
          new StatementProblem(
              Kind.BALANCE,
              null,
              which
                  + " "
                  + b.asset()
                  + " balance of "
                  + b.account()
                  + " at block "
                  + block
                  + " is "
                  + onChain
                  + ", not "
                  + listed));
    }
  }

  private static void totals(Statement s, List<StatementProblem> problems) {
    StatementTotals t;
    try {
      t = StatementTotals.of(s.movements(), s.assets());
    } catch (NumberFormatException | NullPointerException e) {
      problems.add(new StatementProblem(Kind.ALTERED, null, "an amount is not a decimal number"));
      return;
    }
    if (!t.totals().equals(s.totals())
        || !t.months().equals(s.months())
        || t.counterparties() != s.counterparties()) {
      problems.add(
          new StatementProblem(Kind.ALTERED, null, "the totals do not add up to the movements"));
    }
  }
}
