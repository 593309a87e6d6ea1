package io.abacus.explorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

class TokenTransfersTest {
  @Test
  void theWrittenOutTopicsAreTheHashesOfTheEventSignatures() {
    assertThat(TokenTransfers.TRANSFER).isEqualTo(keccak("Transfer(address,address,uint256)"));
    assertThat(TokenTransfers.TRANSFER_SINGLE)
        .isEqualTo(keccak("TransferSingle(address,address,address,uint256,uint256)"));
    assertThat(TokenTransfers.TRANSFER_BATCH)
        .isEqualTo(keccak("TransferBatch(address,address,address,uint256[],uint256[])"));
  }

  private static byte[] keccak(String signature) {
    return Hash.sha3(signature.getBytes(StandardCharsets.US_ASCII));
  }
}
