package io.abacus.app.messages;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.accounts.AccountNames;
import io.abacus.app.i18n.I18n;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.wallet.WalletSession;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.message.PersonalMessage;
import io.abacus.wallet.message.TypedData;
import io.abacus.wallet.signing.Secp256k1;
import io.abacus.wallet.signing.Signature;
import io.abacus.wallet.signing.Signer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;

/**
 * Sign a message (EIP-191 personal_sign, text or 0x-hex bytes) or typed data (EIP-712) with the
 * selected account, showing exactly what is signed; and verify someone's signature.
 */
public final class MessagesViewModel {
  /** What the input is. */
  public enum Kind {
    TEXT,
    HEX,
    TYPED_DATA
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final WalletSession session;
  private final AddressBook addressBook;
  private final TaskExecutor executor;
  private final I18n i18n;
  private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.TEXT);
  private final StringProperty message = new SimpleStringProperty("");
  private final StringProperty preview = new SimpleStringProperty("");
  private final StringProperty signer = new SimpleStringProperty("");
  private final StringProperty signature = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty verifySignature = new SimpleStringProperty("");
  private final StringProperty verifyResult = new SimpleStringProperty("");
  private final StringProperty verifyError = new SimpleStringProperty("");
  private final ChangeListener<Account> selectionChanged = (o, a, b) -> showSigner(b);

  public MessagesViewModel(
      WalletSession session, AddressBook addressBook, TaskExecutor executor, I18n i18n) {
    this.session = session;
    this.addressBook = addressBook;
    this.executor = executor;
    this.i18n = i18n;
    kind.addListener((o, a, b) -> inputChanged());
    message.addListener((o, a, b) -> inputChanged());
    // Weak: the page is rebuilt on a language switch; the old model must not linger.
    session.selectedAccountProperty().addListener(new WeakChangeListener<>(selectionChanged));
    showSigner(session.selectedAccountProperty().get());
  }

  public ObjectProperty<Kind> kindProperty() {
    return kind;
  }

  /** The text, hex bytes or typed-data JSON. */
  public StringProperty messageProperty() {
    return message;
  }

  /** Exactly what will be signed, in words and bytes. */
  public StringProperty previewProperty() {
    return preview;
  }

  /** The account that signs, with its address. */
  public StringProperty signerProperty() {
    return signer;
  }

  /** The signature made, as 0x-hex of r, s, v. */
  public StringProperty signatureProperty() {
    return signature;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  /** The signature to check against the message. */
  public StringProperty verifySignatureProperty() {
    return verifySignature;
  }

  /** Who signed, after a verify. */
  public StringProperty verifyResultProperty() {
    return verifyResult;
  }

  public StringProperty verifyErrorProperty() {
    return verifyError;
  }

  private void showSigner(Account a) {
    signer.set(
        a == null
            ? i18n.get("sign.noAccount")
            : AccountNames.display(a, i18n) + " — " + a.address());
  }

  private void inputChanged() {
    signature.set("");
    verifyResult.set("");
    try {
      preview.set(describe(digest()));
      error.set("");
    } catch (IllegalArgumentException e) {
      preview.set("");
      error.set(message.get().isEmpty() ? "" : problem(e));
    }
  }

  private String describe(byte[] digest) {
    String hash = HexBytes.of(digest).toHex();
    return switch (kind.get()) {
      case TEXT -> {
        byte[] bytes = message.get().getBytes(StandardCharsets.UTF_8);
        yield i18n.format("sign.preview.text", bytes.length, message.get(), hash);
      }
      case HEX -> {
        byte[] bytes = HexBytes.parse(message.get().strip()).toBytes();
        yield i18n.format("sign.preview.hex", bytes.length, HexBytes.of(bytes).toHex(), hash);
      }
      case TYPED_DATA -> {
        TypedData data = TypedData.parse(message.get());
        yield i18n.format("sign.preview.typed", data.primaryType(), pretty(message.get()), hash);
      }
    };
  }

  private static String pretty(String json) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
    } catch (java.io.IOException e) {
      return json;
    }
  }

  /** The EIP-191 or EIP-712 digest of the input. */
  private byte[] digest() {
    return switch (kind.get()) {
      case TEXT -> PersonalMessage.digest(message.get().getBytes(StandardCharsets.UTF_8));
      case HEX -> PersonalMessage.digest(HexBytes.parse(message.get().strip()).toBytes());
      case TYPED_DATA -> TypedData.parse(message.get()).digest().toBytes();
    };
  }

  private String problem(IllegalArgumentException e) {
    return switch (kind.get()) {
      case TEXT -> e.getMessage();
      case HEX -> i18n.format("sign.error.hex", e.getMessage());
      case TYPED_DATA -> i18n.format("sign.error.typed", e.getMessage());
    };
  }

  /** Signs the input with the selected account, in the background. */
  public boolean sign() {
    signature.set("");
    byte[] digest;
    try {
      digest = digest();
    } catch (IllegalArgumentException e) {
      error.set(problem(e));
      return false;
    }
    Account account = session.selectedAccountProperty().get();
    Optional<Signer> s = session.signerForSelected();
    if (s.isEmpty()) {
      error.set(
          account != null && !account.canSign()
              ? i18n.get("sign.error.watchOnly")
              : i18n.get("sign.noAccount"));
      return false;
    }
    error.set("");
    busy.set(true);
    Signer chosen = s.get();
    executor.execute(
        BackgroundTask.of(ctx -> chosen.signDigest(digest))
            .onSuccess(sig -> signature.set(sig.toHex()))
            .onFailure(e -> error.set(i18n.format("sign.error.failed", e.getMessage())))
            .onFinished(() -> busy.set(false)));
    return true;
  }

  /** Recovers who signed the input with the typed signature. */
  public boolean verify() {
    verifyResult.set("");
    byte[] digest;
    try {
      digest = digest();
    } catch (IllegalArgumentException e) {
      verifyError.set(problem(e));
      return false;
    }
    Signature sig;
    try {
      byte[] b = HexBytes.parse(verifySignature.get().strip()).toBytes();
      int v = b.length == 65 ? b[64] & 0xff : -1;
      if (b.length != 65 || (v != 0 && v != 1 && v != 27 && v != 28)) {
        verifyError.set(i18n.get("sign.error.signatureShape"));
        return false;
      }
      if (Signature.isHighS(java.util.Arrays.copyOfRange(b, 32, 64))) {
        verifyError.set(i18n.get("sign.error.highS"));
        return false;
      }
      sig = Signature.fromBytes65(b);
    } catch (IllegalArgumentException e) {
      verifyError.set(i18n.get("sign.error.signatureShape"));
      return false;
    }
    Address who;
    try {
      who = Secp256k1.recover(digest, sig);
    } catch (IllegalArgumentException e) {
      verifyError.set(i18n.get("sign.error.noSigner"));
      return false;
    }
    verifyError.set("");
    Optional<Account> mine =
        session.accounts().stream().filter(a -> a.address().equals(who)).findFirst();
    Optional<String> label = addressBook.label(who);
    if (mine.isPresent()) {
      verifyResult.set(
          i18n.format("sign.verified.mine", who, AccountNames.display(mine.get(), i18n)));
    } else if (label.isPresent()) {
      verifyResult.set(i18n.format("sign.verified.known", who, label.get()));
    } else {
      verifyResult.set(i18n.format("sign.verified", who));
    }
    return true;
  }
}
