package io.abacus.wallet.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.Transaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

/** The test chain works end to end: a signed transfer is mined and read back through Web3j. */
@WithAnvil
class AnvilRoundTripTest {
  private static Web3j web3;

  @BeforeAll
  static void connect(Anvil anvil) {
    web3 = Web3j.build(new HttpService(anvil.rpcUrl()));
  }

  @AfterAll
  static void disconnect() {
    web3.shutdown();
  }

  @Test
  void nodeReportsTheConfiguredChainAndFundedDevAccounts(Anvil anvil) throws Exception {
    assertThat(web3.ethChainId().send().getChainId()).isEqualTo(BigInteger.valueOf(31337));
    assertThat(anvil.accounts()).hasSize(10);
    assertThat(anvil.account(0).address()).isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    BigInteger balance =
        web3.ethGetBalance(anvil.account(0).address(), DefaultBlockParameterName.LATEST)
            .send()
            .getBalance();
    assertThat(balance).isEqualTo(new BigInteger("10000000000000000000000"));
  }

  @Test
  void signedTransferIsMinedAndReadBack(Anvil anvil) throws Exception {
    Credentials sender = Credentials.create(anvil.account(1).privateKeyHex());
    String recipient = anvil.account(2).address();
    BigInteger before =
        web3.ethGetBalance(recipient, DefaultBlockParameterName.LATEST).send().getBalance();
    BigInteger nonce =
        web3.ethGetTransactionCount(sender.getAddress(), DefaultBlockParameterName.PENDING)
            .send()
            .getTransactionCount();
    BigInteger value = BigInteger.valueOf(123_456_789_000L);
    RawTransaction tx =
        RawTransaction.createEtherTransaction(
            31337L,
            nonce,
            BigInteger.valueOf(21_000),
            recipient,
            value,
            BigInteger.valueOf(1_000_000_000L),
            BigInteger.valueOf(5_000_000_000L));
    String raw = Numeric.toHexString(TransactionEncoder.signMessage(tx, sender));

    EthSendTransaction sent = web3.ethSendRawTransaction(raw).send();
    assertThat(sent.hasError()).as("send error %s", sent.getError()).isFalse();

    // Anvil mines an automined transaction just after answering, so under load the receipt can
    // lag the send by a moment: poll instead of reading once.
    Optional<TransactionReceipt> mined = Optional.empty();
    for (int i = 0; i < 100 && mined.isEmpty(); i++) {
      mined =
          web3.ethGetTransactionReceipt(sent.getTransactionHash()).send().getTransactionReceipt();
      if (mined.isEmpty()) {
        Thread.sleep(100);
      }
    }
    TransactionReceipt receipt = mined.orElseThrow();
    assertThat(receipt.isStatusOK()).isTrue();
    Transaction readBack =
        web3.ethGetTransactionByHash(sent.getTransactionHash())
            .send()
            .getTransaction()
            .orElseThrow();
    assertThat(Address.parse(readBack.getFrom()).toString()).isEqualTo(anvil.account(1).address());
    assertThat(Address.parse(readBack.getTo())).isEqualTo(Address.parse(recipient));
    assertThat(readBack.getValue()).isEqualTo(value);
    assertThat(readBack.getChainId()).isEqualTo(31337L);
    BigInteger after =
        web3.ethGetBalance(recipient, DefaultBlockParameterName.LATEST).send().getBalance();
    assertThat(after.subtract(before)).isEqualTo(value);
  }
}
