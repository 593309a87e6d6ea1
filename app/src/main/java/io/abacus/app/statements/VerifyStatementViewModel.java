package io.abacus.app.statements;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.NodeAccess;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.explorer.statement.StatementVerifier;
import io.abacus.explorer.statement.VerifyReport;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.statement.SignedStatement;
import io.abacus.wallet.statement.StatementProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Verify a statement", the lender's side: checks a statement file against the node of the selected
 * network and lists every problem by kind. Needs no wallet.
 */
public final class VerifyStatementViewModel {
  private static final long MAX_FILE = 64L * 1024 * 1024;

  /**
   * One problem as the table shows it.
   *
   * @param kind the kind's name in the user's language
   * @param hash the transaction, or ""
   * @param detail what is wrong
   */
  public record Row(String kind, String hash, String detail) {}

  private final NodeAccess node;
  private final TaskExecutor executor;
  private final I18n i18n;
  private final StringProperty path = new SimpleStringProperty("");
  private final StringProperty summary = new SimpleStringProperty("");
  private final StringProperty counts = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty valid = new SimpleBooleanProperty();
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final ObservableList<Row> problems = FXCollections.observableArrayList();

  private final IndexChoice index;

  /** Movements re-derived from the node only. */
  public VerifyStatementViewModel(NodeAccess node, TaskExecutor executor, I18n i18n) {
    this(node, executor, i18n, new IndexChoice(node, n -> Path.of("")));
  }

  /**
   * @param index offers the selected network's explorer index to re-derive the movements from
   */
  public VerifyStatementViewModel(
      NodeAccess node, TaskExecutor executor, I18n i18n, IndexChoice index) {
    this.node = node;
    this.executor = executor;
    this.i18n = i18n;
    this.index = index;
  }

  /** The explorer index offered as the source of the movements. */
  public IndexChoice index() {
    return index;
  }

  /** The statement file to check. */
  public StringProperty pathProperty() {
    return path;
  }

  /** "Valid: …" or "Not valid: …". */
  public StringProperty summaryProperty() {
    return summary;
  }

  /** Problems per kind, e.g. "missing 1 · altered 0 · …". */
  public StringProperty countsProperty() {
    return counts;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public BooleanProperty validProperty() {
    return valid;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public ObservableList<Row> problems() {
    return problems;
  }

  /** Reads and checks the file in the background; false when it cannot be read as a statement. */
  public boolean verify() {
    summary.set("");
    counts.set("");
    problems.clear();
    valid.set(false);
    SignedStatement file;
    try {
      Path p = Path.of(path.get().strip());
      if (!Files.isRegularFile(p) || Files.size(p) > MAX_FILE) {
        throw new IllegalArgumentException(i18n.format("statements.verify.noFile", p));
      }
      file = SignedStatement.parse(Files.readAllBytes(p));
    } catch (IllegalArgumentException | java.io.IOException e) {
      error.set(e.getMessage());
      return false;
    }
    error.set("");
    busy.set(true);
    executor.execute(
        BackgroundTask.of(
                task -> {
                  JsonRpcClient client = node.client().json();
                  return new StatementVerifier(client, index.source(client, node.network()))
                      .verify(file, (s, h, f) -> {});
                })
            .onSuccess(this::show)
            .onFailure(e -> error.set(i18n.format("statements.error.failed", e.getMessage())))
            .onFinished(() -> busy.set(false)));
    return true;
  }

  private void show(VerifyReport report) {
    valid.set(report.valid());
    String signers = String.join(", ", report.signers());
    summary.set(
        report.valid()
            ? i18n.format("statements.verify.valid", report.movements(), signers)
            : i18n.format(
                "statements.verify.invalid", report.problems().size(), report.movements()));
    List<String> parts = new ArrayList<>();
    for (StatementProblem.Kind k : StatementProblem.Kind.values()) {
      parts.add(kindName(k) + " " + report.count(k));
    }
    counts.set(String.join(" · ", parts));
    for (StatementProblem p : report.problems()) {
      problems.add(new Row(kindName(p.kind()), p.hash() == null ? "" : p.hash(), p.detail()));
    }
  }

  private String kindName(StatementProblem.Kind kind) {
    return i18n.get("statements.kind." + kind.json());
  }
}
