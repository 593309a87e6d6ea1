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
        .contains("\"version\" : 3")
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
            "{\"format\":\"abacus-payout-journal\",\"version\":4,\"rows\":[]}");
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

  @Test
  void aVersionTwoJournalIsMigratedAndStillResumes() throws Exception {
    Path file = dir.resolve("v2.json");
    String hash = "0x" + "33".repeat(32);
    Files.writeString(
        file,
        "{\"format\":\"abacus-payout-journal\",\"version\":2,\"chainId\":31337,"
            + "\"from\":\""
            + FROM
            + "\",\"csvSha256\":\"abc\",\"created\":\"2026-01-01T00:00:00Z\",\"rows\":["
            + "{\"line\":2,\"to\":\"Alice\",\"amount\":\"1.5\",\"asset\":\"ETH\","
            + "\"reference\":\"\",\"recipient\":\""
            + TO
            + "\",\"symbol\":\"ETH\",\"decimals\":18,\"units\":\"1500000000000000000\","
            + "\"status\":\"broadcast\",\"nonce\":4,\"hash\":\""
            + hash
            + "\",\"raw\":\"0x02c0\",\"earlierHashes\":[]}]}");
    PayoutJournal j = PayoutJournal.open(file).orElseThrow();
    assertThat(j.batches()).isEmpty();
    assertThat(j.keys()).containsExactly(0);
    assertThat(j.keyOfRow(0)).isZero();
    assertThat(j.entry(0).status()).isEqualTo(JournalRow.Status.BROADCAST);
    assertThat(j.row(0).batch()).isNull();
    assertThat(j.row(0).raw()).isEqualTo("0x02c0");

    j.update(0, j.row(0).mined(hash, true, 9, BigInteger.ONE, Instant.EPOCH, null));
    assertThat(Files.readString(file)).contains("\"version\" : 3");
    assertThat(PayoutJournal.open(file).orElseThrow().row(0).status())
        .isEqualTo(JournalRow.Status.CONFIRMED);
  }

  @Test
  void aBatchIsWrittenWithEveryRowItPaysInOneSave() throws Exception {
    Address contract = Address.parse("0x00000000000000000000000000000000000c0de1");
    List<PayoutItem> items = new java.util.ArrayList<>(items());
    items.add(
        new PayoutItem(
            new PayoutRow(4, "Bob", "0.5", "ETH", ""),
            TOKEN,
            PayoutAsset.nativeCurrency("ETH", 18),
            new BigInteger("500000000000000000"),
            0));
    Path file = dir.resolve("m.json");
    PayoutJournal j =
        PayoutJournal.createMultiSend(
            file, 31337, FROM, "abc", items, contract, java.util.Set.of(TOKEN));
    assertThat(j.batches())
        .extracting(JournalBatch::kind)
        .containsExactly(
            JournalBatch.Kind.DISPERSE, JournalBatch.Kind.APPROVE, JournalBatch.Kind.DISPERSE);
    assertThat(j.batch(0).lines()).containsExactly(2, 4);
    assertThat(j.batch(0).units()).isEqualTo("2000000000000000000");
    assertThat(j.keys()).containsExactly(-1, -2, -3);
    assertThat(j.rowsOf(-1)).containsExactly(0, 2);
    assertThat(j.rowsOf(-2)).isEmpty();
    assertThat(j.keyOfRow(1)).isEqualTo(-3);

    HexBytes approveHash = HexBytes.parse("0x" + "44".repeat(32));
    j.write(-2, j.entry(-2).signed(0, approveHash, HexBytes.parse("0x02c1")));
    j.write(
        -2,
        j.entry(-2)
            .mined(approveHash.toHex(), true, 5, BigInteger.valueOf(100), Instant.EPOCH, null));
    HexBytes hash = HexBytes.parse("0x" + "55".repeat(32));
    j.write(-3, j.entry(-3).signed(1, hash, HexBytes.parse("0x02c2")));
    PayoutJournal read = PayoutJournal.open(file).orElseThrow();
    assertThat(read.row(1).status()).isEqualTo(JournalRow.Status.SIGNED);
    assertThat(read.row(1).hash()).isEqualTo(hash.toHex());
    assertThat(read.row(1).raw()).as("the batch holds the bytes").isNull();
    assertThat(read.entry(-3).raw()).isEqualTo("0x02c2");
    assertThat(read.row(0).status()).isEqualTo(JournalRow.Status.PLANNED);

    j.write(
        -3, j.entry(-3).mined(hash.toHex(), false, 6, BigInteger.valueOf(7), Instant.EPOCH, "no"));
    JournalRow failed = PayoutJournal.open(file).orElseThrow().row(1);
    assertThat(failed.status()).isEqualTo(JournalRow.Status.FAILED);
    assertThat(failed.fee()).as("the batch's fee and its approval's").isEqualTo("107");
    assertThat(failed.error()).isEqualTo("no");
    assertThat(failed.batch()).isEqualTo(2);
  }

  /**
   * Journals written by the previous version (data binding of the records, before {@link
   * JournalJson}): every field is read back, and a save writes the same bytes.
   */
  @Test
  void journalsOfThePreviousVersionReadAndSaveByteForByte() throws Exception {
    PayoutJournal j = fixture("journal-v3.json");
    JournalRow cancelled = j.row(1);
    assertThat(cancelled.status()).isEqualTo(JournalRow.Status.SIGNED);
    assertThat(cancelled.nonce()).isEqualTo(8L);
    assertThat(cancelled.cancel()).isTrue();
    assertThat(cancelled.earlierHashes())
        .containsExactly("0x" + "22".repeat(32), "0x" + "33".repeat(32));
    assertThat(cancelled.item().asset().token()).contains(TOKEN);
    assertThat(j.row(0).block()).isEqualTo(12L);
    assertThat(j.row(0).time()).isEqualTo("2026-11-28T12:00:00.123456789Z");
    assertThat(j.row(2).error()).isEqualTo("execution reverted: no");
    assertThat(j.row(2).to()).isEqualTo("Bob \"B\" \u00fc");
    assertThat(j.row(3).status()).isEqualTo(JournalRow.Status.PLANNED);
    assertThat(j.row(3).batch()).isNull();
    assertThat(j.batches()).isEmpty();

    PayoutJournal m = fixture("journal-v3-multisend.json");
    assertThat(m.keys()).containsExactly(-1, -2, -3);
    assertThat(m.batch(0).lines()).containsExactly(2, 4, 6);
    assertThat(m.batch(1).kind()).isEqualTo(JournalBatch.Kind.APPROVE);
    assertThat(m.batch(1).lines()).isEmpty();
    assertThat(m.batch(1).fee()).isEqualTo("100");
    assertThat(m.batch(2).status()).isEqualTo(JournalRow.Status.BROADCAST);
    assertThat(m.row(1).batch()).isEqualTo(2);
    assertThat(m.row(1).raw()).isNull();
    assertThat(m.row(0).fee()).as("the first row carries the batch's fee").isEqualTo("7");
  }

  @Test
  void aFieldOfTheWrongTypeOrAnUnknownStatusIsDamage() throws Exception {
    String good =
        new String(fixtureBytes("journal-v3.json"), java.nio.charset.StandardCharsets.UTF_8);
    for (String bad :
        List.of(
            good.replace("\"nonce\" : 8", "\"nonce\" : \"8\""),
            good.replace("\"status\" : \"failed\"", "\"status\" : \"paid\""),
            good.replace("\"cancel\" : true", "\"cancel\" : \"yes\""),
            good.replace("\"line\" : 3", "\"line\" : 3.5"))) {
      assertThat(bad).isNotEqualTo(good);
      Path file = Files.writeString(dir.resolve("bad.json"), bad);
      assertThatThrownBy(() -> PayoutJournal.open(file)).hasMessageContaining("is damaged");
    }
  }

  private PayoutJournal fixture(String name) throws Exception {
    byte[] before = fixtureBytes(name);
    Path file = Files.write(dir.resolve(name), before);
    PayoutJournal j = PayoutJournal.open(file).orElseThrow();
    j.update(0, j.row(0)); // a save of the same content
    assertThat(Files.readAllBytes(file)).as(name).isEqualTo(before);
    return j;
  }

  private byte[] fixtureBytes(String name) throws java.io.IOException {
    try (var in = PayoutJournalTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
