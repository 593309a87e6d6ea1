package io.abacus.wallet.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

class Keccak256Test {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void knownDigests() {
    assertThat(HEX.formatHex(Keccak256.hash(new byte[0])))
        .isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    assertThat(HEX.formatHex(Keccak256.hash("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
    // The ERC-20 Transfer event's topic.
    assertThat(
            HEX.formatHex(
                Keccak256.hash(
                    "Transfer(address,address,uint256)".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
  }

  /**
   * Every length around the 136-byte block edges, and random longer inputs, as web3j hashes them.
   */
  @Test
  void matchesWeb3jOnRandomInputs() {
    Random random = new Random(20);
    for (int length = 0; length <= 3 * 136 + 2; length++) {
      byte[] input = new byte[length];
      random.nextBytes(input);
      assertThat(Keccak256.hash(input)).as("length %d", length).isEqualTo(Hash.sha3(input));
    }
    for (int i = 0; i < 200; i++) {
      byte[] input = new byte[random.nextInt(5000)];
      random.nextBytes(input);
      assertThat(Keccak256.hash(input)).isEqualTo(Hash.sha3(input));
    }
  }

  @Test
  void leavesItsInputAlone() {
    byte[] input = "abacus".getBytes(StandardCharsets.US_ASCII);
    Keccak256.hash(input);
    assertThat(input).isEqualTo("abacus".getBytes(StandardCharsets.US_ASCII));
  }
}
