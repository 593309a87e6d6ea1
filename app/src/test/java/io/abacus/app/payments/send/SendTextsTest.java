package io.abacus.app.payments.send;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Asset;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.send.TransactionSummary;
import java.math.BigInteger;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Send page's words: plurals in both languages, balance changes, grouped amounts. */
class SendTextsTest {
  final I18n en = new I18n(Locale.ENGLISH);
  final I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);

  @Test
  void confirmationsArePluralInEnglishAndCountedInChinese() {
    assertThat(SendTexts.confirmations(0, en)).isEqualTo("No confirmations yet");
    assertThat(SendTexts.confirmations(1, en)).isEqualTo("1 confirmation");
    assertThat(SendTexts.confirmations(2, en)).isEqualTo("2 confirmations");
    assertThat(SendTexts.confirmations(1200, en)).isEqualTo("1,200 confirmations");
    assertThat(SendTexts.confirmations(0, zh)).isEqualTo("尚无确认");
    assertThat(SendTexts.confirmations(1, zh)).isEqualTo("1 个确认");
    assertThat(SendTexts.confirmations(2, zh)).isEqualTo("2 个确认");
    assertThat(en.format("send.confirmed", 7, 1))
        .isEqualTo("Confirmed in block 7 (1 confirmation).");
    assertThat(en.format("send.confirmed", 7, 3))
        .isEqualTo("Confirmed in block 7 (3 confirmations).");
    assertThat(zh.format("send.confirmed", 7, 3)).isEqualTo("已在区块 7 中确认（3 个确认）。");
  }

  @Test
  void balanceChangesNameTheAssetAndTheFee() {
    Address a = Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    TransactionSummary token =
        new TransactionSummary(
            a, a, "TUSD", "12000.5", "0.00002", "0.00008", "Sandbox", BigInteger.ONE, "ETH");
    assertThat(SendTexts.changes(token, en))
        .containsExactly("−12,000.5 TUSD", "−0.00008 ETH fee at most");
    assertThat(SendTexts.changes(token, zh))
        .containsExactly("−12,000.5 TUSD", "−0.00008 ETH 手续费（最多）");
  }

  @Test
  void amountsKeepEveryDigitAndGroupThousands() {
    Asset eth = new Asset("ETH", null, 18);
    assertThat(eth.amount(new BigInteger("1234567000000000000000001")))
        .isEqualTo("1,234,567.000000000000000001 ETH");
    assertThat(eth.grouped(BigInteger.ZERO)).isEqualTo("0");
    assertThat(new Asset("USDC", null, 6).grouped(new BigInteger("1000500000")))
        .isEqualTo("1,000.5");
  }
}
