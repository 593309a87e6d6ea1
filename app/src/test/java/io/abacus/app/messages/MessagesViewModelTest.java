package io.abacus.app.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.i18n.I18n;
import io.abacus.app.messages.MessagesViewModel.Kind;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.wallet.WalletSession;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.contacts.Contact;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.message.PersonalMessage;
import io.abacus.wallet.message.TypedData;
import io.abacus.wallet.signing.Signature;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultKdf;
import io.abacus.wallet.vault.Wallet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagesViewModelTest {
  static final Address DEV_0 = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
  static final String TYPED =
      """
      {"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"chainId","type":"uint256"}],
       "Invoice":[{"name":"number","type":"uint256"},{"name":"payee","type":"address"}]},
       "primaryType":"Invoice","domain":{"name":"Abacus","chainId":1},
       "message":{"number":42,"payee":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8"}}
      """;
  @TempDir Path data;
  private WalletSession session;
  private AddressBook book;
  private MessagesViewModel model;

  @BeforeEach
  void setUp() throws Exception {
    session =
        new WalletSession(new Vault(data.resolve("wallets"), VaultKdf.TESTING, new SecureRandom()));
    Wallet w;
    try (Mnemonic m =
        Mnemonic.parse("test test test test test test test test test test test junk")) {
      w = session.vault().create("dev", m, null, "long enough 1".toCharArray());
    }
    w.watch(Address.parse("0x000000000000000000000000000000000000dEaD"), "burn");
    session.unlocked(w);
    book = AddressBook.open(data.resolve("address-book.json"));
    model =
        new MessagesViewModel(session, book, TaskExecutor.sameThread(), new I18n(Locale.ENGLISH));
  }

  @Test
  void signsTextWithTheSelectedAccountShowingWhatIsSigned() {
    assertThat(model.signerProperty().get()).isEqualTo("Account 1 — " + DEV_0);
    model.messageProperty().set("I, Shop Ltd, own this address.");
    assertThat(model.previewProperty().get())
        .startsWith(
            "Text of 30 bytes (UTF-8), with the Ethereum message prefix:\nI, Shop Ltd, own this address.")
        .contains(
            "Digest: "
                + HexBytes.of(
                        PersonalMessage.digest(
                            "I, Shop Ltd, own this address.".getBytes(StandardCharsets.UTF_8)))
                    .toHex());
    assertThat(model.sign()).isTrue();
    Signature sig =
        Signature.fromBytes65(HexBytes.parse(model.signatureProperty().get()).toBytes());
    assertThat(
            PersonalMessage.recover(
                "I, Shop Ltd, own this address.".getBytes(StandardCharsets.UTF_8), sig))
        .isEqualTo(DEV_0);
    // The well-known personal_sign signature of this key and message ("hello").
    model.messageProperty().set("hello");
    model.sign();
    assertThat(model.signatureProperty().get()).hasSize(132);
  }

  @Test
  void signsHexBytesAndRefusesMalformedHex() {
    model.kindProperty().set(Kind.HEX);
    model.messageProperty().set("0xzz");
    assertThat(model.errorProperty().get()).startsWith("Not hex bytes");
    assertThat(model.sign()).isFalse();
    model.messageProperty().set("0xdeadbeef");
    assertThat(model.errorProperty().get()).isEmpty();
    assertThat(model.previewProperty().get())
        .startsWith("4 raw bytes, with the Ethereum message prefix:\n0xdeadbeef");
    model.sign();
    Signature sig =
        Signature.fromBytes65(HexBytes.parse(model.signatureProperty().get()).toBytes());
    assertThat(PersonalMessage.recover(HexBytes.parse("0xdeadbeef").toBytes(), sig))
        .isEqualTo(DEV_0);
  }

  @Test
  void signsTypedDataAndShowsItsPrimaryType() {
    model.kindProperty().set(Kind.TYPED_DATA);
    model.messageProperty().set("{\"types\":{}}");
    assertThat(model.errorProperty().get()).startsWith("Not valid EIP-712 typed data");
    model.messageProperty().set(TYPED);
    assertThat(model.previewProperty().get())
        .startsWith("Typed data, primary type Invoice:")
        .contains("\"number\" : 42");
    model.sign();
    Signature sig =
        Signature.fromBytes65(HexBytes.parse(model.signatureProperty().get()).toBytes());
    assertThat(TypedData.parse(TYPED).recover(sig)).isEqualTo(DEV_0);
  }

  @Test
  void watchOnlyOrNoAccountCannotSign() {
    model.messageProperty().set("hi");
    session.selectedAccountProperty().set(session.accounts().get(1));
    assertThat(model.signerProperty().get())
        .startsWith("burn — 0x000000000000000000000000000000000000dEaD");
    assertThat(model.sign()).isFalse();
    assertThat(model.errorProperty().get())
        .isEqualTo("The chosen account is watch-only; it has no key to sign with.");
    session.lock();
    assertThat(model.sign()).isFalse();
    assertThat(model.errorProperty().get()).startsWith("No account chosen");
  }

  @Test
  void verifyRecoversTheSignerAndNamesItFromTheAddressBook() throws Exception {
    model.messageProperty().set("paid invoice 42");
    model.sign();
    String signature = model.signatureProperty().get();
    model.verifySignatureProperty().set(signature);
    assertThat(model.verify()).isTrue();
    assertThat(model.verifyResultProperty().get())
        .isEqualTo("Signed by " + DEV_0 + " (your account Account 1)");
    session.lock();
    model.verify();
    assertThat(model.verifyResultProperty().get()).isEqualTo("Signed by " + DEV_0);
    book.put(new Contact(DEV_0, "Alice's Bakery", ""));
    model.verify();
    assertThat(model.verifyResultProperty().get())
        .isEqualTo("Signed by " + DEV_0 + " (Alice's Bakery in your address book)");
    model.messageProperty().set("paid invoice 43");
    model.verify();
    assertThat(model.verifyResultProperty().get()).doesNotContain(DEV_0.toString());
  }

  @Test
  void verifyExplainsAMalformedSignature() {
    model.messageProperty().set("x");
    model.verifySignatureProperty().set("0x1234");
    assertThat(model.verify()).isFalse();
    assertThat(model.verifyErrorProperty().get()).startsWith("A signature is 65 bytes");
    model.verifySignatureProperty().set("0x" + "11".repeat(64) + "05");
    model.verify();
    assertThat(model.verifyErrorProperty().get()).startsWith("A signature is 65 bytes");
    model.verifySignatureProperty().set("0x" + "00".repeat(64) + "1b");
    model.verify();
    assertThat(model.verifyErrorProperty().get())
        .isEqualTo("No signer can be recovered from this signature and message.");
    model.verifySignatureProperty().set("0x" + "11".repeat(32) + "ff".repeat(32) + "1b");
    model.verify();
    assertThat(model.verifyErrorProperty().get())
        .startsWith("This signature uses the malleable high-s form (EIP-2)");
  }
}
