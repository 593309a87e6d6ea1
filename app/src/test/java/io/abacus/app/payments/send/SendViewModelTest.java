package io.abacus.app.payments.send;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.payments.Asset;
import io.abacus.app.payments.Testbed;
import io.abacus.app.payments.store.SentRecord;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.Contact;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.token.Token;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Send page's validation and its whole flow against a real (anvil) node. */
@WithAnvil
class SendViewModelTest {
  static final String BOB = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
  @TempDir Path data;

  @Test
  void badChecksumAndMalformedAddressesGetTheirOwnErrors(Anvil anvil) throws Exception {
    Testbed t = Testbed.on(data, anvil);
    SendViewModel m = new SendViewModel(t.ctx, t.i18n);
    m.load();
    SendForm f = m.form();
    f.recipient.set(BOB.replace("C51812dc", "c51812dc"));
    f.amount.set("1");
    m.review();
    assertThat(f.recipientError.get()).contains("checksum");
    assertThat(m.stageProperty().get()).isEqualTo(SendStage.FORM);

    f.recipient.set("0x1234");
    m.review();
    assertThat(f.recipientError.get()).contains("40 hex digits");

    f.recipient.set(BOB.toLowerCase(Locale.ROOT));
    f.amount.set("0.0000000000000000001");
    m.review();
    assertThat(f.recipientError.get()).isEmpty();
    assertThat(f.amountError.get()).contains("18 decimal places");
    f.amount.set("");
    m.review();
    assertThat(f.amountError.get()).isEqualTo(t.i18n.get("send.error.amountEmpty"));
    f.amount.set("0");
    m.review();
    assertThat(f.amountError.get()).isEqualTo(t.i18n.get("send.error.amountZero"));
    f.amount.set("1");
    f.fee.set(FeeChoice.CUSTOM);
    f.customMaxFeeGwei.set("lots");
    m.review();
    assertThat(f.feeError.get()).isEqualTo(t.i18n.get("send.error.customFee"));
    assertThat(m.stageProperty().get()).isEqualTo(SendStage.FORM);
  }

  @Test
  void addressBookNamesAreSuggestedAndAccepted(Anvil anvil) throws Exception {
    Testbed t = Testbed.on(data, anvil);
    t.addressBook.put(new Contact(Address.parse(BOB), "Acme Supplies", "coffee beans"));
    SendViewModel m = new SendViewModel(t.ctx, t.i18n);
    SendForm f = m.form();
    f.recipient.set("acme");
    assertThat(f.suggestions).extracting(Contact::name).containsExactly("Acme Supplies");
    f.choose(f.suggestions.get(0));
    assertThat(f.recipient.get()).isEqualTo(BOB);
    assertThat(f.recipientName.get()).contains("Acme Supplies");
    assertThat(f.suggestions).isEmpty();
    f.recipient.set("Acme Supplies");
    assertThat(f.validRecipient()).contains(Address.parse(BOB));
  }

  @Test
  void feePresetsShowTheirCostInTheNativeUnit(Anvil anvil) throws Exception {
    Testbed t = Testbed.on(data, anvil);
    SendViewModel m = new SendViewModel(t.ctx, t.i18n);
    m.load();
    assertThat(m.quotes().errorProperty().get()).isEmpty();
    for (FeeChoice c : new FeeChoice[] {FeeChoice.SLOW, FeeChoice.NORMAL, FeeChoice.FAST}) {
      assertThat(m.quotes().cost(c).get()).startsWith("up to ").contains(" ETH (");
    }
    assertThat(m.quotes().networkProperty().get()).contains("31337");
    assertThat(m.form().assets).extracting(Asset::symbol).containsExactly("ETH");
  }

  @Test
  void reviewShowsExactlyWhatIsSignedThenWrongPasswordThenConfirmed(Anvil anvil) throws Exception {
    Testbed t = Testbed.on(data, anvil);
    BigInteger before = Testbed.client(anvil).balance(Address.parse(BOB), "latest");
    SendViewModel m = new SendViewModel(t.ctx, t.i18n);
    m.load();
    m.form().recipient.set(BOB);
    m.form().amount.set("1.5");
    m.form().fee.set(FeeChoice.FAST);
    m.review();
    assertThat(m.errorProperty().get()).isEmpty();
    assertThat(m.stageProperty().get()).isEqualTo(SendStage.REVIEW);
    var s = m.summaryProperty().get();
    assertThat(s.from()).isEqualTo(t.account());
    assertThat(s.to()).isEqualTo(Address.parse(BOB));
    assertThat(s.asset()).isEqualTo("ETH");
    assertThat(s.amount()).isEqualTo("1.5");
    assertThat(s.network()).isEqualTo("Test node (chain id 31337)");
    assertThat(s.nonce()).isEqualTo(Testbed.client(anvil).transactionCount(t.account(), "pending"));
    assertThat(m.totalProperty().get()).startsWith("up to 1.5").endsWith(" ETH");

    char[] wrong = "not it".toCharArray();
    m.confirm(wrong);
    assertThat(wrong).containsOnly('\0');
    assertThat(m.errorProperty().get()).isEqualTo(t.i18n.get("payments.error.wrongPassword"));
    assertThat(m.stageProperty().get()).isEqualTo(SendStage.REVIEW);

    char[] pw = Testbed.password();
    m.confirm(pw);
    assertThat(pw).containsOnly('\0');
    assertThat(m.errorProperty().get()).isEmpty();
    assertThat(m.stageProperty().get()).isEqualTo(SendStage.CONFIRMED);
    assertThat(m.confirmationsProperty().get()).isGreaterThanOrEqualTo(1);
    assertThat(m.messageProperty().get()).startsWith("Confirmed in block");
    assertThat(Testbed.client(anvil).balance(Address.parse(BOB), "latest").subtract(before))
        .isEqualTo(Quantities.parseEther("1.5"));
    assertThat(t.ctx.journal().of(t.account().toString(), 31337))
        .extracting(SentRecord::hash)
        .contains(m.txHashProperty().get());
  }

  @Test
  void tokenPaymentAndMaxUseTheTokenBalance(Anvil anvil) throws Exception {
    Testbed t = Testbed.on(data, anvil);
    Address token =
        Testbed.deployToken(
            anvil, anvil.account(3), t.account(), new BigInteger("50000000000000000000"));
    SendViewModel m = new SendViewModel(t.ctx, t.i18n);
    m.load();
    m.form().tokenAddress.set(BOB);
    m.addToken();
    assertThat(m.form().tokenError.get()).isEqualTo(t.i18n.get("send.error.notToken"));
    m.form().tokenAddress.set(token.toLowerHex());
    m.addToken();
    assertThat(m.form().tokenError.get()).isEmpty();
    Asset dmd = m.form().asset.get();
    assertThat(dmd).isEqualTo(new Asset("DMD", token, 18));
    assertThat(t.ctx.tokens().tokens(t.network()))
        .containsExactly(new Token(token, "DMD", "Demo Dollar", 18));
    m.fillMax();
    assertThat(m.form().amount.get()).isEqualTo("50");
    m.form().amount.set("12.5");
    m.form().recipient.set(BOB);
    m.review();
    assertThat(m.errorProperty().get()).isEmpty();
    assertThat(m.summaryProperty().get().asset()).isEqualTo("DMD");
    assertThat(m.summaryProperty().get().to()).isEqualTo(Address.parse(BOB));
    assertThat(m.totalProperty().get()).startsWith("12.5 DMD + up to ");
    m.confirm(Testbed.password());
    assertThat(m.stageProperty().get()).isEqualTo(SendStage.CONFIRMED);
    assertThat(Testbed.tokenBalance(anvil, token, Address.parse(BOB)))
        .isEqualTo(new BigInteger("12500000000000000000"));

    m.newPayment();
    m.form().asset.set(dmd);
    m.form().recipient.set(BOB);
    m.form().amount.set("40");
    m.review();
    assertThat(m.errorProperty().get()).contains("Not enough funds").contains("37.5 DMD");
    assertThat(m.stageProperty().get()).isEqualTo(SendStage.FORM);
  }

  @Test
  void maxForEtherLeavesRoomForTheFee(Anvil anvil) throws Exception {
    Testbed t = Testbed.on(data, anvil);
    SendViewModel m = new SendViewModel(t.ctx, t.i18n);
    m.load();
    m.fillMax();
    BigInteger max = Quantities.parseEther(m.form().amount.get());
    BigInteger balance = Testbed.client(anvil).balance(t.account(), "pending");
    assertThat(max).isPositive().isLessThan(balance);
    m.form().recipient.set(BOB);
    m.review();
    assertThat(m.errorProperty().get()).isEmpty();
    assertThat(m.stageProperty().get()).isEqualTo(SendStage.REVIEW);
    m.edit();
    assertThat(m.stageProperty().get()).isEqualTo(SendStage.FORM);
  }

  @Test
  void aNodeOnAnotherChainIsRefusedNamingBothChainIds(Anvil anvil) throws Exception {
    Testbed t = new Testbed(data, anvil.rpcUrl(), 1);
    SendViewModel m = new SendViewModel(t.ctx, t.i18n);
    m.form().assets.setAll(Asset.nativeOf(t.ctx.node().network()));
    m.form().asset.set(m.form().assets.get(0));
    m.form().recipient.set(BOB);
    m.form().amount.set("1");
    m.review();
    assertThat(m.errorProperty().get())
        .startsWith("The node is on another chain")
        .contains("chain id 31337")
        .contains("chain id 1");
    assertThat(m.stageProperty().get()).isEqualTo(SendStage.FORM);
  }

  @Test
  void aNodeThatIsDownIsExplained() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Testbed t = new Testbed(data, "http://127.0.0.1:" + port, 31337);
    SendViewModel m = new SendViewModel(t.ctx, t.i18n);
    m.load();
    assertThat(m.quotes().errorProperty().get()).startsWith("The node is not answering");
    m.form().recipient.set(BOB);
    m.form().amount.set("1");
    m.review();
    assertThat(m.errorProperty().get()).startsWith("The node is not answering");
  }

  @Test
  void aPastedPaymentRequestFillsInTheForm(Anvil anvil) throws Exception {
    Testbed t = Testbed.on(data, anvil);
    Address token =
        Testbed.deployToken(anvil, anvil.account(3), t.account(), new BigInteger("1000000"));
    SendViewModel m = new SendViewModel(t.ctx, t.i18n);
    m.load();
    m.form().recipient.set("ethereum:" + BOB + "@31337?value=2.5e18");
    assertThat(m.form().recipient.get()).isEqualTo(BOB);
    assertThat(m.form().asset.get().isNative()).isTrue();
    assertThat(m.form().amount.get()).isEqualTo("2.5");
    assertThat(m.form().recipientError.get()).isEmpty();

    m.form()
        .recipient
        .set("ethereum:" + token + "@31337/transfer?address=" + BOB + "&uint256=1.5e18");
    assertThat(m.form().recipient.get()).isEqualTo(BOB);
    assertThat(m.form().asset.get()).isEqualTo(new Asset("DMD", token, 18));
    assertThat(m.form().amount.get()).isEqualTo("1.5");

    m.form().recipient.set("ethereum:" + BOB + "@1?value=1e18");
    assertThat(m.form().recipientError.get())
        .isEqualTo(
            "This payment request is for chain id 1, but the selected network is chain id 31337."
                + " Switch networks first.");
    m.form().recipient.set("ethereum:" + BOB + "?colour=blue");
    assertThat(m.form().recipientError.get())
        .startsWith("This payment request cannot be used")
        .contains("colour");
  }
}
