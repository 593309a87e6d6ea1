package io.abacus.wallet.statement;

import java.util.List;

/** A small two-movement statement for tests. */
final class StatementFixtures {
  static final String ACCOUNT = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
  static final String KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
  static final String OTHER_KEY =
      "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
  static final String TOKEN = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
  static final String PEER = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

  private StatementFixtures() {}

  static Statement statement() {
    List<Statement.Asset> assets =
        List.of(new Statement.Asset("ETH", "ETH", 18), new Statement.Asset(TOKEN, "TUSD", 6));
    List<Statement.Movement> movements =
        List.of(
            new Statement.Movement(
                "0x" + "a".repeat(64),
                5,
                "2026-10-31T10:00:00Z",
                ACCOUNT,
                "out",
                PEER,
                "Supplier 供应商",
                "ETH",
                null,
                "1.5",
                "0.000021"),
            new Statement.Movement(
                "0x" + "b".repeat(64),
                7,
                "2026-11-02T10:00:00Z",
                ACCOUNT,
                "in",
                PEER,
                null,
                TOKEN,
                0,
                "250.25",
                null));
    StatementTotals t = StatementTotals.of(movements, assets);
    return new Statement(
        Statement.FORMAT,
        31337,
        "Sandbox",
        List.of(ACCOUNT),
        new Statement.Period(
            2,
            "0x" + "1".repeat(64),
            "2026-10-30T00:00:00Z",
            9,
            "0x" + "9".repeat(64),
            "2026-11-03T00:00:00Z"),
        assets,
        List.of(
            new Statement.Balance(ACCOUNT, "ETH", "10000", "9998.499979"),
            new Statement.Balance(ACCOUNT, TOKEN, "0", "250.25")),
        movements,
        t.totals(),
        t.months(),
        t.counterparties());
  }
}
