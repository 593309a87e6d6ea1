package io.abacus.app.statements;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.task.BackgroundTask;
import io.abacus.explorer.statement.ChainBlocks;
import io.abacus.explorer.statement.StatementBuilder;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.statement.SignedStatement;
import io.abacus.wallet.statement.Statement;
import io.abacus.wallet.storage.AtomicFile;
import io.abacus.wallet.vault.Wallet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Statements page: the statement of account of the selected account (or every account of the
 * unlocked wallet) for a period given as UTC days or block numbers, signed by each account and
 * saved as JSON, and as PDF when a PDF path is given.
 */
public final class StatementsViewModel {
  private final PaymentsContext ctx;
  private final I18n i18n;
  private final StringProperty from = new SimpleStringProperty("");
  private final StringProperty to = new SimpleStringProperty("");
  private final StringProperty tokens = new SimpleStringProperty("");
  private final BooleanProperty allAccounts = new SimpleBooleanProperty();
  private final StringProperty jsonPath = new SimpleStringProperty("");
  private final StringProperty pdfPath = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();

  private final IndexChoice index;

  /** Movements from the node only. */
  public StatementsViewModel(PaymentsContext ctx, I18n i18n) {
    this(ctx, i18n, new IndexChoice(ctx.node(), n -> Path.of("")));
  }

  /**
   * @param index offers the selected network's explorer index as the source of the movements
   */
  public StatementsViewModel(PaymentsContext ctx, I18n i18n, IndexChoice index) {
    this.ctx = ctx;
    this.i18n = i18n;
    this.index = index;
  }

  /** The explorer index offered as the source of the movements. */
  public IndexChoice index() {
    return index;
  }

  /** First day (YYYY-MM-DD, UTC) or first block number. */
  public StringProperty fromProperty() {
    return from;
  }

  /** Last day (YYYY-MM-DD, UTC) or last block number, included. */
  public StringProperty toProperty() {
    return to;
  }

  /** Token addresses whose balances to show, separated by spaces or commas. */
  public StringProperty tokensProperty() {
    return tokens;
  }

  /** Every account of the wallet that can sign, instead of only the selected one. */
  public BooleanProperty allAccountsProperty() {
    return allAccounts;
  }

  public StringProperty jsonPathProperty() {
    return jsonPath;
  }

  /** Where to save the PDF; empty for none. */
  public StringProperty pdfPathProperty() {
    return pdfPath;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  /** Builds, signs and saves the statement in the background; false when the input is wrong. */
  public boolean create() {
    status.set("");
    Request request;
    try {
      request = request();
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
      return false;
    }
    error.set("");
    busy.set(true);
    ctx.executor()
        .execute(
            BackgroundTask.of(task -> write(request))
                .onSuccess(status::set)
                .onFailure(e -> error.set(i18n.format("statements.error.failed", e.getMessage())))
                .onFinished(() -> busy.set(false)));
    return true;
  }

  private record Request(
      List<Signer> signers, String from, String to, List<Address> tokens, Path json, Path pdf) {}

  private Request request() {
    Optional<Wallet> wallet = ctx.session().wallet();
    Account selected = ctx.session().selectedAccountProperty().get();
    if (wallet.isEmpty() || selected == null) {
      throw new IllegalArgumentException(i18n.get("statements.error.locked"));
    }
    List<Signer> signers = new ArrayList<>();
    for (Account a : allAccounts.get() ? ctx.session().accounts() : List.of(selected)) {
      if (a.canSign()) {
        signers.add(wallet.get().signer(a.address()));
      }
    }
    if (signers.isEmpty()) {
      throw new IllegalArgumentException(i18n.get("statements.error.watchOnly"));
    }
    if (from.get().isBlank() || to.get().isBlank()) {
      throw new IllegalArgumentException(i18n.get("statements.error.period"));
    }
    List<Address> tokenList = new ArrayList<>();
    for (String t : Arrays.asList(tokens.get().strip().split("[,\\s]+"))) {
      if (!t.isEmpty()) {
        try {
          tokenList.add(Address.parse(t));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(i18n.format("statements.error.token", t));
        }
      }
    }
    if (jsonPath.get().isBlank()) {
      throw new IllegalArgumentException(i18n.get("statements.error.jsonPath"));
    }
    Path pdf = pdfPath.get().isBlank() ? null : Path.of(pdfPath.get().strip());
    return new Request(
        signers,
        from.get().strip(),
        to.get().strip(),
        tokenList,
        Path.of(jsonPath.get().strip()),
        pdf);
  }

  /** Blocking: the statement from the node (movements perhaps from the index), signed, saved. */
  private String write(Request r) throws Exception {
    Network network = ctx.node().network();
    JsonRpcClient client = ctx.node().client().json();
    ChainBlocks.Range range = range(new ChainBlocks(client), r.from(), r.to());
    Statement statement =
        new StatementBuilder(
                client, network.chainId(), network.name(), index.source(client, network))
            .build(
                r.signers().stream().map(Signer::address).toList(),
                range.from(),
                range.to(),
                r.tokens(),
                a -> ctx.addressBook().label(Address.parse(a)),
                (s, h, f) -> {});
    SignedStatement signed = SignedStatement.sign(statement, r.signers());
    byte[] json = signed.toBytes();
    AtomicFile.write(r.json(), json);
    if (r.pdf() != null) {
      AtomicFile.write(r.pdf(), new StatementPdf(i18n).render(signed, json, null));
    }
    return i18n.format(
        "statements.created",
        statement.movements().size(),
        range.from(),
        range.to(),
        r.json().getFileName().toString());
  }

  private ChainBlocks.Range range(ChainBlocks blocks, String a, String b) {
    boolean days = a.contains("-") || b.contains("-");
    try {
      return days
          ? blocks.days(LocalDate.parse(a), LocalDate.parse(b))
          : new ChainBlocks.Range(Long.parseLong(a), Long.parseLong(b));
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException(i18n.get("statements.error.period"));
    }
  }
}
