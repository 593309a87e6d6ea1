package io.abacus.app.statements;

import io.abacus.app.i18n.I18n;
import io.abacus.app.pdf.PdfBarSeries;
import io.abacus.app.pdf.PdfBuilder;
import io.abacus.app.pdf.PdfColumn;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.statement.SignedStatement;
import io.abacus.wallet.statement.Statement;
import io.abacus.wallet.statement.StatementSignature;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The printable statement of account: a summary page (balances, totals, a monthly in/out chart per
 * asset, counterparties), the movement table, and a page that tells the reader how to verify the
 * JSON file (signers, the file's SHA-256, the command). English or Simplified Chinese.
 */
public final class StatementPdf {
  private static final int MAX_CHARTS = 3;
  private static final int MAX_COUNTERPARTIES = 10;

  private final I18n i18n;

  /**
   * @param i18n the language of the document
   */
  public StatementPdf(I18n i18n) {
    this.i18n = i18n;
  }

  /**
   * The PDF of {@code file}, whose JSON bytes are {@code json} (hashed on the last page).
   *
   * @param network the {@code --network} name to print in the command, or null for {@code --rpc}
   */
  public byte[] render(SignedStatement file, byte[] json, String network) {
    Statement s = file.statement();
    Statement.Period p = s.period();
    try (PdfBuilder pdf =
        new PdfBuilder(
            t("statements.pdf.title"),
            i18n.format(
                "statements.pdf.footer", s.chainName(), str(p.fromBlock()), str(p.toBlock())))) {
      summary(pdf, s);
      pdf.newPage().heading(t("statements.pdf.movements"));
      movements(pdf, s);
      pdf.newPage();
      howToVerify(pdf, file, json, network);
      return pdf.toBytes();
    }
  }

  private void summary(PdfBuilder pdf, Statement s) {
    Statement.Period p = s.period();
    pdf.title(t("statements.pdf.title"))
        .field(
            t("statements.pdf.chain"),
            i18n.format("statements.pdf.chainValue", s.chainName(), str(s.chainId())))
        .field(
            t("statements.pdf.period"),
            i18n.format(
                "statements.pdf.periodValue",
                p.fromTime(),
                p.toTime(),
                str(p.fromBlock()),
                str(p.toBlock())))
        .monoField(
            t("statements.pdf.accounts"),
            String.join(" ", s.accounts().stream().map(StatementPdf::eip55).toList()))
        .field(t("statements.pdf.movementCount"), str(s.movements().size()))
        .field(t("statements.pdf.counterpartyCount"), str(s.counterparties()));
    pdf.heading(t("statements.pdf.balances"));
    List<List<String>> rows = new ArrayList<>();
    for (Statement.Balance b : s.balances()) {
      rows.add(List.of(eip55(b.account()), symbol(s, b.asset()), b.opening(), b.closing()));
    }
    pdf.table(
        List.of(
            PdfColumn.mono(t("statements.pdf.account"), 4.2f),
            PdfColumn.text(t("statements.pdf.asset"), 1),
            PdfColumn.amount(t("statements.pdf.opening"), 1.5f),
            PdfColumn.amount(t("statements.pdf.closing"), 1.5f)),
        rows);
    pdf.heading(t("statements.pdf.totals"));
    List<List<String>> totals = new ArrayList<>();
    for (Statement.Total total : s.totals()) {
      totals.add(List.of(symbol(s, total.asset()), total.in(), total.out(), total.fees()));
    }
    pdf.table(
        List.of(
            PdfColumn.text(t("statements.pdf.asset"), 1),
            PdfColumn.amount(t("statements.pdf.in"), 1.5f),
            PdfColumn.amount(t("statements.pdf.out"), 1.5f),
            PdfColumn.amount(t("statements.pdf.fees"), 1.5f)),
        totals);
    charts(pdf, s);
    counterparties(pdf, s);
  }

  /** One grouped chart (in, out per month) for each of the most active assets. */
  private void charts(PdfBuilder pdf, Statement s) {
    Map<String, Map<String, Statement.MonthTotal>> byAsset = new LinkedHashMap<>();
    for (Statement.MonthTotal m : s.months()) {
      byAsset.computeIfAbsent(m.asset(), k -> new TreeMap<>()).put(m.month(), m);
    }
    int drawn = 0;
    for (Map.Entry<String, Map<String, Statement.MonthTotal>> e : byAsset.entrySet()) {
      if (drawn++ == MAX_CHARTS) {
        break;
      }
      List<BigDecimal> in = new ArrayList<>();
      List<BigDecimal> out = new ArrayList<>();
      e.getValue()
          .values()
          .forEach(
              m -> {
                in.add(new BigDecimal(m.in()));
                out.add(new BigDecimal(m.out()));
              });
      pdf.heading(i18n.format("statements.pdf.monthly", symbol(s, e.getKey())))
          .barChart(
              List.copyOf(e.getValue().keySet()),
              List.of(
                  new PdfBarSeries(t("statements.pdf.in"), in),
                  new PdfBarSeries(t("statements.pdf.out"), out)),
              80);
    }
  }

  private void counterparties(PdfBuilder pdf, Statement s) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (Statement.Movement m : s.movements()) {
      if (m.counterparty() != null && !m.counterparty().equals(m.account())) {
        counts.computeIfAbsent(m.counterparty(), k -> new int[1])[0]++;
        if (m.label() != null) {
          labels.putIfAbsent(m.counterparty(), m.label());
        }
      }
    }
    if (counts.isEmpty()) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    counts.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
        .limit(MAX_COUNTERPARTIES)
        .forEach(
            e ->
                rows.add(
                    List.of(
                        eip55(e.getKey()),
                        labels.getOrDefault(e.getKey(), ""),
                        str(e.getValue()[0]))));
    pdf.heading(t("statements.pdf.counterparties"))
        .table(
            List.of(
                PdfColumn.mono(t("statements.pdf.counterparty"), 3),
                PdfColumn.text(t("statements.pdf.label"), 2),
                PdfColumn.amount(t("statements.pdf.count"), 1)),
            rows);
  }

  private void movements(PdfBuilder pdf, Statement s) {
    if (s.movements().isEmpty()) {
      pdf.text(t("statements.pdf.none"));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Statement.Movement m : s.movements()) {
      String when = m.time().replace('T', ' ').replace("Z", "") + " · #" + m.blockNumber();
      String other = m.counterparty() == null ? "—" : eip55(m.counterparty());
      if (m.label() != null) {
        other = m.label() + " " + other;
      }
      rows.add(
          List.of(
              when,
              t("statements.pdf.dir." + m.direction()),
              other,
              m.amount() + " " + symbol(s, m.asset()),
              m.fee() == null ? "" : m.fee(),
              m.hash()));
    }
    pdf.table(
        List.of(
            PdfColumn.text(t("statements.pdf.date"), 1.3f),
            PdfColumn.text(t("statements.pdf.direction"), 0.9f),
            PdfColumn.mono(t("statements.pdf.counterparty"), 2.2f),
            PdfColumn.amount(t("statements.pdf.amount"), 1.4f),
            PdfColumn.amount(t("statements.pdf.fee"), 1.1f),
            PdfColumn.mono(t("statements.pdf.hash"), 2.2f)),
        rows);
  }

  private void howToVerify(PdfBuilder pdf, SignedStatement file, byte[] json, String network) {
    pdf.title(t("statements.pdf.verifyTitle")).text(t("statements.pdf.verifyIntro"));
    for (StatementSignature sig : file.signatures()) {
      pdf.monoField(t("statements.pdf.signer"), sig.signer());
    }
    pdf.monoField(t("statements.pdf.sha256"), sha256(json))
        .space(6)
        .text(t("statements.pdf.verifyStep1"))
        .text(t("statements.pdf.verifyStep2"))
        .monoField(t("statements.pdf.command"), command(file.statement(), network))
        .text(t("statements.pdf.verifyStep3"));
  }

  /** The verify command a reader runs. */
  static String command(Statement s, String network) {
    String node =
        network == null
            ? "--rpc <YOUR-NODE-URL> --chain-id " + s.chainId()
            : "--network " + network;
    return "abacus statement verify statement.json " + node;
  }

  /** Lower-case hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexBytes.toHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(2);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The address as people read it, with its EIP-55 checksum: the statement's JSON keeps the
   * canonical lower case, a reader compares the printed form with what their wallet shows.
   */
  static String eip55(String address) {
    try {
      return Address.parse(address).toString();
    } catch (IllegalArgumentException e) {
      return address;
    }
  }

  private static String symbol(Statement s, String asset) {
    return s.assets().stream()
        .filter(a -> a.asset().equals(asset))
        .map(Statement.Asset::symbol)
        .findFirst()
        .orElse(asset);
  }

  private String t(String key) {
    return i18n.get(key);
  }

  private static String str(long n) {
    return Long.toString(n);
  }
}
