package io.abacus.explorer.statement;

import io.abacus.explorer.account.ActivityItem;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.TransactionInfo;
import io.abacus.wallet.statement.Statement;
import io.abacus.wallet.statement.StatementProblem;
import io.abacus.wallet.statement.StatementProblem.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a statement's movements with the chain's: each listed movement is matched to the chain
 * movement of the same transaction, account, asset and log index (else to one of the same
 * transaction and account: {@code altered}); a listed movement without a match is {@code
 * fabricated}; a chain movement without one is {@code missing}.
 */
final class MovementCheck {
  private final Statement statement;
  private final NodeClient node;
  private final Map<String, ActivityItem> chain = new LinkedHashMap<>();
  private final Set<String> matched = new HashSet<>();
  private final List<StatementProblem> problems = new ArrayList<>();

  MovementCheck(Statement statement, List<ActivityItem> onChain, NodeClient node) {
    this.statement = statement;
    this.node = node;
    onChain.forEach(i -> chain.put(key(i.hash(), i.account(), i.asset(), i.logIndex()), i));
  }

  List<StatementProblem> run() {
    List<Statement.Movement> unmatched = new ArrayList<>();
    for (Statement.Movement m : statement.movements()) {
      String k = key(m);
      ActivityItem c = chain.get(k);
      if (c != null && matched.add(k)) {
        compare(m, c);
      } else if (c != null) {
        problems.add(new StatementProblem(Kind.FABRICATED, m.hash(), "listed twice"));
      } else {
        unmatched.add(m);
      }
    }
    for (Statement.Movement m : unmatched) {
      Optional<Map.Entry<String, ActivityItem>> same =
          chain.entrySet().stream()
              .filter(e -> !matched.contains(e.getKey()))
              .filter(e -> e.getValue().hash().equals(lower(m.hash())))
              .filter(e -> e.getValue().account().equals(lower(m.account())))
              .findFirst();
      if (same.isPresent()) {
        matched.add(same.get().getKey());
        compare(m, same.get().getValue());
      } else {
        problems.add(unknown(m));
      }
    }
    chain.forEach(
        (k, c) -> {
          if (!matched.contains(k)) {
            problems.add(
                new StatementProblem(
                    Kind.MISSING,
                    c.hash(),
                    c.direction()
                        + " "
                        + c.asset()
                        + " of "
                        + c.account()
                        + " in block "
                        + c.blockNumber()
                        + " is not listed"));
          }
        });
    return problems;
  }

  /** Why a listed movement has no counterpart on the chain. */
  private StatementProblem unknown(Statement.Movement m) {
    Optional<TransactionInfo> tx;
    try {
      tx = node.transaction(HexBytes.parse(m.hash()));
    } catch (IllegalArgumentException e) {
      return new StatementProblem(Kind.FABRICATED, m.hash(), "not a transaction hash");
    }
    if (tx.isEmpty() || tx.get().isPending()) {
      return new StatementProblem(Kind.FABRICATED, m.hash(), "no such transaction on this chain");
    }
    long block = tx.get().blockNumber().get().longValueExact();
    Statement.Period p = statement.period();
    if (block < p.fromBlock() || block > p.toBlock()) {
      return new StatementProblem(
          Kind.ALTERED, m.hash(), "the transaction is in block " + block + ", outside the period");
    }
    return new StatementProblem(
        Kind.FABRICATED,
        m.hash(),
        "the transaction does not move " + m.asset() + " of " + m.account());
  }

  private void compare(Statement.Movement m, ActivityItem c) {
    int decimals = statement.decimalsOf(c.asset());
    if (decimals < 0) {
      problems.add(new StatementProblem(Kind.ALTERED, m.hash(), c.asset() + " is not in assets"));
      return;
    }
    Statement.Movement want = StatementRows.movement(c, decimals, m.label());
    List<String> diffs = new ArrayList<>();
    diff(diffs, "asset", lower(m.asset()), want.asset());
    diff(diffs, "logIndex", m.logIndex(), want.logIndex());
    diff(diffs, "blockNumber", m.blockNumber(), want.blockNumber());
    diff(diffs, "time", m.time(), want.time());
    diff(diffs, "direction", m.direction(), want.direction());
    diff(diffs, "counterparty", lower(m.counterparty()), want.counterparty());
    amount(diffs, "amount", m.amount(), want.amount());
    amount(diffs, "fee", m.fee(), want.fee());
    if (!diffs.isEmpty()) {
      problems.add(new StatementProblem(Kind.ALTERED, m.hash(), String.join("; ", diffs)));
    }
  }

  private static void diff(List<String> diffs, String field, Object listed, Object onChain) {
    if (!Objects.equals(listed, onChain)) {
      diffs.add(field + " " + listed + ", on chain " + onChain);
    }
  }

  private static void amount(List<String> diffs, String field, String listed, String onChain) {
    boolean same;
    try {
      same =
          listed == null || onChain == null
              ? Objects.equals(listed, onChain)
              : new BigDecimal(listed).compareTo(new BigDecimal(onChain)) == 0;
    } catch (NumberFormatException e) {
      same = false;
    }
    if (!same) {
      diffs.add(field + " " + listed + ", on chain " + onChain);
    }
  }

  private static String key(Statement.Movement m) {
    String asset = Statement.ETH.equals(m.asset()) ? m.asset() : lower(m.asset());
    return key(
        lower(m.hash()), lower(m.account()), asset, m.logIndex() == null ? -1 : m.logIndex());
  }

  private static String key(String hash, String account, String asset, int logIndex) {
    return hash + "/" + account + "/" + asset + "/" + logIndex;
  }

  private static String lower(String s) {
    return s == null || Statement.ETH.equals(s) ? s : s.toLowerCase(Locale.ROOT);
  }
}
