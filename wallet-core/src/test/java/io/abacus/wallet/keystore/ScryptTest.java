package io.abacus.wallet.keystore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.generators.SCrypt;
import org.junit.jupiter.api.Test;

class ScryptTest {

  @Test
  void rfc7914Vector() {
    byte[] dk =
        Scrypt.derive(
            "password".getBytes(StandardCharsets.US_ASCII),
            "NaCl".getBytes(StandardCharsets.US_ASCII),
            1024,
            8,
            16,
            64);
    assertThat(HexFormat.of().formatHex(dk))
        .isEqualTo(
            "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                + "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
  }

  @Test
  void agreesWithBouncyCastleWhereItAccepts() {
    byte[] pw = "pässword".getBytes(StandardCharsets.UTF_8);
    byte[] salt = HexFormat.of().parseHex("0102030405060708");
    for (int[] nrp : new int[][] {{2, 1, 1}, {16, 1, 3}, {1024, 8, 1}, {256, 2, 2}}) {
      assertThat(Scrypt.derive(pw, salt, nrp[0], nrp[1], nrp[2], 32))
          .isEqualTo(SCrypt.generate(pw, salt, nrp[0], nrp[1], nrp[2], 32));
    }
  }
}
