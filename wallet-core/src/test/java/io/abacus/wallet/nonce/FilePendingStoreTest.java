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
}
