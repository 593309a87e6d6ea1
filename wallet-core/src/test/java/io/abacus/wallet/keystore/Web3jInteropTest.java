package io.abacus.wallet.keystore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.wallet.secret.SecretBytes;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Wallet;
import org.web3j.crypto.WalletFile;

/** Our keystore files open in another implementation (web3j), and its files open in ours. */
class Web3jInteropTest {
  private static final String KEY =
      "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void web3jOpensOurFiles() throws Exception {
    byte[] key = HexFormat.of().parseHex(KEY);
    Keystore keystore = new Keystore(new SecureRandom());
    // The file format is what is checked, not the KDF's cost (n = 2^8, p = 2 keeps p > 1).
    for (KeystoreKdf kdf :
        new KeystoreKdf[] {new KeystoreKdf.Scrypt(1 << 8, 8, 2), new KeystoreKdf.Pbkdf2(10_000)}) {
      String json = keystore.encrypt(key, "pw ü".getBytes(StandardCharsets.UTF_8), kdf);
      ECKeyPair pair = Wallet.decrypt("pw ü", JSON.readValue(json, WalletFile.class));
      assertThat(pair.getPrivateKey()).isEqualTo(new BigInteger(KEY, 16));
    }
  }

  @Test
  void weOpenWeb3jFiles() throws Exception {
    ECKeyPair pair = ECKeyPair.create(new BigInteger(KEY, 16));
    // web3j writes the same format at any cost; n = 2^8, p = 2 instead of createLight (2^12, 6).
    String json = JSON.writeValueAsString(Wallet.create("pw ü", pair, 1 << 8, 2));
    try (SecretBytes key = Keystore.decrypt(json, "pw ü".getBytes(StandardCharsets.UTF_8))) {
      assertThat(HexFormat.of().formatHex(key.copy())).isEqualTo(KEY);
    }
  }
}
