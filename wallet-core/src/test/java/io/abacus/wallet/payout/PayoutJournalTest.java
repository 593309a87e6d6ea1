package io.abacus.wallet.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.storage.AtomicFile;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayoutJournalTest {
  static final Address FROM = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
  static final Address TO = Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
  static final Address TOKEN = Address.parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
  @TempDir Path dir;

  List<PayoutItem> items() {
    return List.of(
        new PayoutItem(
            new PayoutRow(2, "Alice", "1.5", "ETH", "May"),
            TO,
            PayoutAsset.nativeCurrency("ETH", 18),
            new BigInteger("1500000000000000000"),
            0),
        new PayoutItem(
            new PayoutRow(3, TO.toString(), "2", "TUSD", ""),
            TO,
            new PayoutAsset(Optional.of(TOKEN), "TUSD", 6),
            BigInteger.valueOf(2_000_000),
            0));
  }

  @Test
  void eachStepIsWrittenAndThePreviousVersionKept() throws Exception {
    Path file = dir.resolve("payouts/j.json");
    PayoutJournal j = PayoutJournal.create(file, 31337, FROM, "abc", items());
    String planned = Files.readString(file);
    assertThat(planned)
        .contains("\"format\" : \"abacus-payout-journal\"")
        .contains("\"version\" : 2")
        .contains("\"status\" : \"planned\"");

    HexBytes hash = HexBytes.parse("0x" + "11".repeat(32));
    j.update(0, j.row(0).signed(7, hash, HexBytes.parse("0x02c0")));
    PayoutJournal read = PayoutJournal.open(file).orElseThrow();
    assertThat(read.row(0).status()).isEqualTo(JournalRow.Status.SIGNED);
    assertThat(read.row(0).nonce()).isEqualTo(7L);
    assertThat(read.row(0).hash()).isEqualTo(hash.toHex());
    assertThat(read.row(0).raw()).isEqualTo("0x02c0");
    assertThat(Files.readString(AtomicFile.backupOf(file))).isEqualTo(planned);

    j.update(
        0, j.row(0).mined(hash.toHex(), true, 12, BigInteger.valueOf(21_000), Instant.EPOCH, null));
    JournalRow done = PayoutJournal.open(file).orElseThrow().row(0);
    assertThat(done.status()).isEqualTo(JournalRow.Status.CONFIRMED);
    assertThat(done.block()).isEqualTo(12L);
    assertThat(done.fee()).isEqualTo("21000");
    assertThat(done.item().units()).isEqualTo(new BigInteger("1500000000000000000"));
    assertThat(read.row(1).item().asset().token()).contains(TOKEN);
    assertThat(read.from()).isEqualTo(FROM);
    assertThat(read.chainId()).isEqualTo(31337);
  }

  @Test
  void aDamagedJournalFallsBackToItsPreviousVersion() throws Exception {
    Path file = dir.resolve("j.json");
    PayoutJournal j = PayoutJournal.create(file, 1, FROM, "abc", items());
    j.update(
        1, j.row(1).signed(3, HexBytes.parse("0x" + "22".repeat(32)), HexBytes.parse("0x02c0")));
    Files.writeString(file, "{\"format\":\"abacus-payout-jou");
    PayoutJournal recovered = PayoutJournal.open(file).orElseThrow();
    assertThat(recovered.row(1).status()).isEqualTo(JournalRow.Status.PLANNED);

    Files.delete(AtomicFile.backupOf(file));
    Files.writeString(file, "{\"format\":\"abacus-payout-jou");
    assertThatThrownBy(() -> PayoutJournal.open(file)).hasMessageContaining("is damaged");
  }

  @Test
  void aNewerVersionOrAnotherFileIsRefused() throws Exception {
    Path newer =
        Files.writeString(
            dir.resolve("n.json"),
            "{\"format\":\"abacus-payout-journal\",\"version\":3,\"rows\":[]}");
    assertThatThrownBy(() -> PayoutJournal.open(newer)).hasMessageContaining("newer Abacus");
    Path other =
        Files.writeString(dir.resolve("o.json"), "{\"format\":\"x\",\"version\":1,\"rows\":[]}");
    assertThatThrownBy(() -> PayoutJournal.open(other))
        .hasMessageContaining("not a payout journal");
    assertThat(PayoutJournal.open(dir.resolve("missing.json"))).isEmpty();
  }

  @Test
  void theDefaultJournalFollowsTheCsvContent() {
    Path a = PayoutJournal.defaultFile(dir, "to,amount,asset\n".getBytes());
    assertThat(a.getParent()).isEqualTo(dir.resolve("payouts"));
    assertThat(a).isEqualTo(PayoutJournal.defaultFile(dir, "to,amount,asset\n".getBytes()));
    assertThat(a).isNotEqualTo(PayoutJournal.defaultFile(dir, "to,amount,asset\r\n".getBytes()));
  }
}
