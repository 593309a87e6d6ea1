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
    for (KeystoreKdf kdf :
        new KeystoreKdf[] {KeystoreKdf.Scrypt.LIGHT, new KeystoreKdf.Pbkdf2(10_000)}) {
      String json = keystore.encrypt(key, "pw ü".getBytes(StandardCharsets.UTF_8), kdf);
      ECKeyPair pair = Wallet.decrypt("pw ü", JSON.readValue(json, WalletFile.class));
      assertThat(pair.getPrivateKey()).isEqualTo(new BigInteger(KEY, 16));
    }
  }

  @Test
  void weOpenWeb3jFiles() throws Exception {
    ECKeyPair pair = ECKeyPair.create(new BigInteger(KEY, 16));
    String json = JSON.writeValueAsString(Wallet.createLight("pw ü", pair));
    try (SecretBytes key = Keystore.decrypt(json, "pw ü".getBytes(StandardCharsets.UTF_8))) {
      assertThat(HexFormat.of().formatHex(key.copy())).isEqualTo(KEY);
    }
  }
}
