package io.abacus.wallet.nonce;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePendingStoreTest {
  @TempDir Path dir;

  @Test
  void survivesReopeningAndFiltersByAccountAndChain() throws Exception {
    Path file = dir.resolve("wallet").resolve("pending.json");
    Address a = Address.parse("0x3535353535353535353535353535353535353535");
    PendingTransaction p =
        new PendingTransaction(
            HexBytes.parse("0x" + "ab".repeat(32)), a, 1, BigInteger.TEN, HexBytes.parse("0x01"));
    new FilePendingStore(file).add(p);
    FilePendingStore reopened = new FilePendingStore(file);
    assertThat(reopened.pending(a, 1)).containsExactly(p);
    assertThat(reopened.pending(a, 5)).isEmpty();
    assertThat(Files.readString(file)).contains("\"version\" : 1");
    reopened.remove(p.hash());
    assertThat(new FilePendingStore(file).all()).isEmpty();
  }

  @Test
  void twoStoresOnOneJournalAddingAtOnceLoseNothing() throws Exception {
    Path file = dir.resolve("pending.json");
    Address a = Address.parse("0x3535353535353535353535353535353535353535");
    java.util.List<Thread> threads = new java.util.ArrayList<>();
    for (int t = 0; t < 2; t++) {
      FilePendingStore store = new FilePendingStore(file); // as two processes would
      int base = t * 1000;
      threads.add(
          new Thread(
              () -> {
                for (int i = 0; i < 40; i++) {
                  String hash = String.format("0x%064x", base + i);
                  store.add(
                      new PendingTransaction(
                          HexBytes.parse(hash),
                          a,
                          1,
                          BigInteger.valueOf(base + i),
                          HexBytes.parse("0x01")));
                }
              }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertThat(new FilePendingStore(file).all()).hasSize(80);
  }
}
