package io.abacus.wallet.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.hd.PathPreset;
import io.abacus.wallet.storage.AtomicFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of damage to the main wallet file: the backup opens with an honest word about it, a
 * wrong password is still reported as one, and nothing on disk changes until the user accepts.
 */
class VaultRecoveryTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  Vault vault;
  Path file;

  @BeforeEach
  void setUp() throws Exception {
    vault = new Vault(dir.resolve("wallets"), VaultKdf.TESTING, new SecureRandom());
    try (Mnemonic m = Mnemonic.parse(VaultTest.JUNK);
        Wallet w = vault.create("shop", m, null, "pw".toCharArray())) {
      w.deriveNext(PathPreset.METAMASK_TREZOR, 1); // the backup has 1 account, the file 2
    }
    file = vault.fileOf("shop");
  }

  static Stream<Arguments> damage() {
    return Stream.of(
        Arguments.of("truncated", bytes(b -> java.util.Arrays.copyOf(b, b.length / 3))),
        Arguments.of("empty", bytes(b -> new byte[0])),
        Arguments.of("garbage", bytes(b -> "%PDF-1.4 garbage".getBytes(StandardCharsets.UTF_8))),
        Arguments.of("ciphertext", json(o -> flipHex(o, "ciphertext"))),
        Arguments.of("nonce", json(o -> flipHex((ObjectNode) o.get("cipher"), "nonce"))),
        Arguments.of("kdf.salt", json(o -> flipHex((ObjectNode) o.get("kdf"), "salt"))),
        Arguments.of("check", json(o -> flipHex(o, "check"))),
        Arguments.of("kdf.n", json(o -> ((ObjectNode) o.get("kdf")).put("n", 2048))),
        Arguments.of(
            "kdf.n not a power of two", json(o -> ((ObjectNode) o.get("kdf")).put("n", 3))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damage")
  void damagedFileOpensTheBackupAndSaysSo(String kind, UnaryOperator<byte[]> damage)
      throws Exception {
    byte[] damaged = damage.apply(Files.readAllBytes(file));
    Files.write(file, damaged);
    byte[] backup = Files.readAllBytes(AtomicFile.backupOf(file));

    assertThatThrownBy(() -> vault.open("shop", "nope".toCharArray()))
        .isInstanceOfSatisfying(
            VaultException.class,
            e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.WRONG_PASSWORD));
    try (Wallet w = vault.open("shop", "pw".toCharArray())) {
      assertThat(w.accounts()).hasSize(1);
      assertThat(w.recovery()).isPresent();
      assertThat(w.recovery().get().message())
          .startsWith("the wallet file is damaged")
          .contains("opened the backup from ")
          .endsWith("which lacks changes made after it");
    }
    assertThat(file).hasBinaryContent(damaged);
    assertThat(AtomicFile.backupOf(file)).hasBinaryContent(backup);

    try (Wallet w = vault.open("shop", "pw".toCharArray())) {
      w.acceptBackup();
    }
    assertThat(file.resolveSibling("shop.wallet.damaged")).hasBinaryContent(damaged);
    assertThat(AtomicFile.backupOf(file)).hasBinaryContent(backup);
    try (Wallet w = vault.open("shop", "pw".toCharArray())) {
      assertThat(w.recovery()).isEmpty();
      assertThat(w.accounts()).extracting(Account::address).containsExactly(VaultTest.ANVIL0);
    }
  }

  @Test
  void intactFileWithWrongPasswordIsAWrongPassword() {
    assertThatThrownBy(() -> vault.open("shop", "nope".toCharArray()))
        .hasMessage("wrong password for wallet 'shop'");
  }

  @Test
  void damagedFileAndDamagedBackupSaySoWithoutOpening() throws Exception {
    Files.writeString(file, "garbage");
    Files.writeString(AtomicFile.backupOf(file), "garbage too");
    assertThatThrownBy(() -> vault.open("shop", "pw".toCharArray()))
        .isInstanceOfSatisfying(
            VaultException.class,
            e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.CORRUPT))
        .hasMessageContaining("both damaged");
  }

  private static UnaryOperator<byte[]> bytes(UnaryOperator<byte[]> f) {
    return f;
  }

  private static UnaryOperator<byte[]> json(java.util.function.Consumer<ObjectNode> edit) {
    return b -> {
      try {
        ObjectNode root = (ObjectNode) JSON.readTree(b);
        edit.accept(root);
        return JSON.writeValueAsBytes(root);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  private static void flipHex(ObjectNode node, String field) {
    char[] hex = node.get(field).asText().toCharArray();
    hex[hex.length / 2] = hex[hex.length / 2] == '0' ? '1' : '0';
    node.put(field, new String(hex));
  }
}
