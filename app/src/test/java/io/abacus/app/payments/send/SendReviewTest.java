package io.abacus.app.payments.send;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.payments.Asset;
import io.abacus.app.payments.Testbed;
import io.abacus.app.payments.activity.ChainHistory;
import io.abacus.app.tokens.AppTokens;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.Contact;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.hd.PathPreset;
import io.abacus.wallet.token.Token;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Send page's paying account and balances, the review's balance changes and warnings, and what
 * it offers after sending, against a real (anvil) node.
 */
@WithAnvil
class SendReviewTest {
  /** anvil's dev account 1, which is account 2 of the test mnemonic. */
  static final String BOB = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

  /** A fresh address nobody has paid. */
  static final String CAROL = "0x1111111111111111111111111111111111111111";

  @TempDir Path data;

  @Test
  void thePayerIsShownWithItsBalancesInFullPrecisionAndCanBeChanged(Anvil anvil) throws Exception {
    Testbed t = Testbed.on(data, anvil);
    List<Account> accounts = t.session.wallet().orElseThrow().deriveNext(pathPreset(), 2);
    t.session.refreshAccounts();
    Address third = accounts.get(1).address();
    anvil.call("anvil_setBalance", third.toLowerHex(), "0x" + wei("1234.000000000000000001"));
    Address token =
        Testbed.deployToken(anvil, anvil.account(3), third, new BigInteger("1000500000"));
    t.ctx.tokens().add(t.network(), new Token(token, "DMD", "Demo Dollar", 6));

    SendViewModel m = new SendViewModel(t.ctx, t.i18n);
    SendPayer p = m.payer();
    assertThat(p.accounts()).hasSize(3);
    m.load();
    Asset eth = m.form().assets.get(0);
    Asset dmd = new Asset("DMD", token, 6);
    assertThat(m.form().assets).containsExactly(eth, dmd);
    assertThat(p.balances().get(dmd)).isZero();

    p.choose(p.accounts().get(2));
    assertThat(t.account()).as("the wallet's selected account follows").isEqualTo(third);
    assertThat(p.addressText().get()).isEqualTo(third.toString());
    assertThat(p.nativeBalance().get()).isEqualTo("1,234.000000000000000001 ETH");
    assertThat(p.pickerText(eth)).isEqualTo("ETH  ·  1,234.000000000000000001 ETH");
    assertThat(p.pickerText(dmd)).endsWith("  ·  1,000.5 DMD").startsWith("DMD  0x");
    assertThat(p.name(p.payerProperty().get())).isNotBlank();
    assertThat(p.errorProperty().get()).isEmpty();
  }

  @Test
  void aFirstTimeRecipientIsWarnedUntilPaidOrInTheAddressBook(Anvil anvil) throws Exception {
    Testbed t = Testbed.on(data, anvil);
    SendViewModel m = new SendViewModel(t.ctx, t.i18n);
    m.load();
    review(m, CAROL, "1.5");
    assertThat(m.reviewed().warnings()).containsExactly(ReviewWarning.FIRST_TIME);
    assertThat(m.reviewed().text(ReviewWarning.FIRST_TIME))
        .contains("never paid this address")
        .contains("address book");
    List<String> changes = m.reviewed().changes();
    assertThat(changes.get(0)).isEqualTo("−1.5 ETH");
    assertThat(changes.get(1))
        .isEqualTo("−" + m.summaryProperty().get().feeMax() + " ETH fee at most")
        .startsWith("−0.0000");
    m.confirm(Testbed.password());
    assertThat(m.stageProperty().get()).isEqualTo(SendStage.CONFIRMED);

    m.newPayment();
    review(m, CAROL, "0.25");
    assertThat(m.reviewed().warnings()).as("paid before").isEmpty();

    Address dave = Address.parse("0x2222222222222222222222222222222222222222");
    t.addressBook.put(new Contact(dave, "Dave's Bakery", ""));
    m.edit();
    review(m, dave.toString(), "0.25");
    assertThat(m.reviewed().warnings()).as("in the address book").isEmpty();
  }

  @Test
  void aPaymentMadeWithAnotherProgramCountsAsPaidBefore(Anvil anvil) throws Exception {
    Testbed t =
        new Testbed(
            data,
            anvil.rpcUrl(),
            anvil.chainId(),
            new ChainHistory(data, AppTokens.registry(data)));
    Address erin = Address.parse("0x3333333333333333333333333333333333333333");
    SendViewModel m = new SendViewModel(t.ctx, t.i18n);
    m.load();
    review(m, erin.toString(), "1");
    assertThat(m.reviewed().warnings()).containsExactly(ReviewWarning.FIRST_TIME);

    // Paid from the same account by another program (anvil signs for its dev account 0).
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", t.account().toLowerHex());
    tx.put("to", erin.toLowerHex());
    tx.put("value", "0x1");
    Testbed.awaitReceipt(anvil, anvil.call("eth_sendTransaction", tx).asText());
    m.edit();
    review(m, erin.toString(), "1");
    assertThat(m.reviewed().warnings()).as("seen in the account's history").isEmpty();
  }

  @Test
  void payingYourselfOrAContractThatIsNotATokenIsWarned(Anvil anvil) throws Exception {
    Testbed t = Testbed.on(data, anvil);
    Address token =
        Testbed.deployToken(
            anvil, anvil.account(3), t.account(), new BigInteger("50000000000000000000"));
    t.session.wallet().orElseThrow().deriveNext(pathPreset(), 1);
    t.session.refreshAccounts();
    SendViewModel m = new SendViewModel(t.ctx, t.i18n);
    m.load();

    review(m, BOB, "1");
    assertThat(m.reviewed().warnings()).containsExactly(ReviewWarning.SELF);
    assertThat(m.reviewed().text(ReviewWarning.SELF)).contains("paying yourself");
    m.payer().choose(m.payer().accounts().get(1));
    assertThat(m.stageProperty().get())
        .as("what was reviewed was for the other account")
        .isEqualTo(SendStage.FORM);
    m.payer().choose(m.payer().accounts().get(0));

    m.edit();
    m.form().tokenAddress.set(token.toString());
    m.addToken();
    assertThat(m.form().asset.get()).isEqualTo(new Asset("DMD", token, 18));
    Address unknown = Testbed.deployToken(anvil, anvil.account(3), t.account(), BigInteger.ONE);
    review(m, unknown.toString(), "25.5");
    assertThat(m.reviewed().warnings())
        .as("a contract the registry does not know as a token")
        .containsExactly(ReviewWarning.FIRST_TIME, ReviewWarning.CONTRACT);
    assertThat(m.reviewed().text(ReviewWarning.CONTRACT))
        .contains("program (smart contract)")
        .contains("person's account");
    assertThat(m.reviewed().changes().get(0)).isEqualTo("−25.5 DMD");
    assertThat(m.reviewed().changes().get(1)).endsWith(" ETH fee at most");

    m.edit();
    review(m, token.toString(), "1");
    assertThat(m.reviewed().warnings()).as("a known token").doesNotContain(ReviewWarning.CONTRACT);
  }

  @Test
  void afterSendingTheHashOpensInTheExplorerAndConfirmationsArePlural(Anvil anvil)
      throws Exception {
    Testbed t = Testbed.on(data, anvil);
    List<String> opened = new ArrayList<>();
    SendViewModel m = new SendViewModel(t.ctx, t.i18n, Optional.of(opened::add));
    assertThat(m.sent().canOpenInExplorer()).isTrue();
    assertThat(new SendViewModel(t.ctx, t.i18n).sent().canOpenInExplorer()).isFalse();
    m.load();
    review(m, CAROL, "0.1");
    m.confirm(Testbed.password());
    assertThat(m.stageProperty().get()).isEqualTo(SendStage.CONFIRMED);
    assertThat(m.confirmationsProperty().get()).isEqualTo(1);
    assertThat(m.sent().confirmationsTextProperty().get()).isEqualTo("1 confirmation");
    assertThat(m.messageProperty().get()).endsWith("(1 confirmation).");
    m.sent().openInExplorer();
    assertThat(opened).containsExactly(m.txHashProperty().get());
    assertThat(m.txHashProperty().get()).matches("0x[0-9a-f]{64}");
    m.sent().confirmationsProperty().set(2);
    assertThat(m.sent().confirmationsTextProperty().get()).isEqualTo("2 confirmations");
  }

  private static void review(SendViewModel m, String to, String amount) {
    m.form().recipient.set(to);
    m.form().amount.set(amount);
    m.review();
    assertThat(m.errorProperty().get()).isEmpty();
    assertThat(m.stageProperty().get()).isEqualTo(SendStage.REVIEW);
  }

  private static PathPreset pathPreset() {
    return PathPreset.METAMASK_TREZOR;
  }

  private static String wei(String ether) {
    return Quantities.parseEther(ether).toString(16);
  }
}
