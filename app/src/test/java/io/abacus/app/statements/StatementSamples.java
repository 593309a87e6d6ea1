package io.abacus.app.statements;

import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.statement.SignedStatement;
import io.abacus.wallet.statement.Statement;
import java.util.ArrayList;
import java.util.List;

/** A signed three-month statement with ETH and a token, for PDF and view tests. */
final class StatementSamples {
  static final String KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
  static final String ACCOUNT = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
  static final String TOKEN = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
  static final String[] PEERS = {
    "0x70997970c51812dc3a010c7d01b50e0d17dc79c8",
    "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc",
    "0x90f79bf6eb2c4f870365e785982e1f101e93b906"
  };
  static final String[] LABELS = {"Supplier 供应商", "Landlord", null};

  private StatementSamples() {}

  static SignedStatement signed(int movements) {
    List<Statement.Asset> assets =
        List.of(new Statement.Asset("ETH", "ETH", 18), new Statement.Asset(TOKEN, "TUSD", 18));
    List<Statement.Movement> list = new ArrayList<>();
    for (int i = 0; i < movements; i++) {
      boolean in = i % 3 != 0;
      boolean token = i % 2 == 0;
      String month = String.format("2026-%02d", 9 + (i * 3 / Math.max(1, movements)));
      list.add(
          new Statement.Movement(
              "0x" + String.format("%064x", 0xabc000L + i),
              100 + i,
              month + String.format("-%02dT%02d:15:00Z", 1 + i % 28, i % 24),
              ACCOUNT,
              in ? "in" : "out",
              PEERS[i % 3],
              LABELS[i % 3],
              token ? TOKEN : "ETH",
              token ? i : null,
              in ? (i * 37 % 900 + 10) + ".25" : (i * 11 % 300 + 1) + ".5",
              in ? null : "0.000042"));
    }
    Statement draft =
        new Statement(
            Statement.FORMAT,
            31337,
            "Sandbox",
            List.of(ACCOUNT),
            new Statement.Period(
                100,
                "0x" + "1".repeat(64),
                "2026-09-01T00:00:00Z",
                100L + movements,
                "0x" + "9".repeat(64),
                "2026-11-30T23:59:00Z"),
            assets,
            List.of(
                new Statement.Balance(ACCOUNT, "ETH", "10000", "9950.125"),
                new Statement.Balance(ACCOUNT, TOKEN, "0", "12000.5")),
            List.of(),
            List.of(),
            List.of(),
            0);
    try (PrivateKeySigner key = PrivateKeySigner.of(HexBytes.parse(KEY).toBytes())) {
      return SignedStatement.sign(draft.withMovements(list), List.of(key));
    }
  }
}
