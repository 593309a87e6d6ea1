package io.abacus.wallet.vault;

import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.hd.PathPreset;
import io.abacus.wallet.keystore.Keystore;
import io.abacus.wallet.keystore.KeystoreKdf;
import io.abacus.wallet.secret.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Measures vault unlock with the default scrypt cost (and keystore decrypt for comparison). Not a
 * test: run it as described in docs/benchmarks.md, section "Vault unlock".
 */
public final class VaultUnlockBench {
  private VaultUnlockBench() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Path dir = Files.createTempDirectory("abacus-bench");
    Vault vault = new Vault(dir, VaultKdf.DEFAULT, new SecureRandom());
    char[] password = "correct horse battery staple".toCharArray();
    try (Mnemonic m =
            Mnemonic.parse("test test test test test test test test test test test junk");
        Wallet w = vault.create("bench", m, null, password)) {
      w.deriveNext(PathPreset.METAMASK_TREZOR, 19);
    }
    System.out.printf(
        Locale.ROOT,
        "java %s, %d cores, max heap %d MiB%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    VaultKdf k = VaultKdf.DEFAULT;
    report(
        "vault open, scrypt n=" + k.n() + " r=" + k.r() + " p=" + k.p() + ", 20 accounts",
        runs,
        () -> {
          try (Wallet w = vault.open("bench", password)) {
            return w.accounts().size();
          }
        });
    byte[] key =
        HexFormat.of().parseHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    byte[] pw = password.length > 0 ? new String(password).getBytes(StandardCharsets.UTF_8) : null;
    Keystore keystore = new Keystore(new SecureRandom());
    String scrypt = keystore.encrypt(key, pw, KeystoreKdf.Scrypt.STANDARD);
    String pbkdf2 = keystore.encrypt(key, pw, KeystoreKdf.Pbkdf2.STANDARD);
    report(
        "keystore v3 decrypt, scrypt n=262144 r=8 p=1 (geth)",
        Math.max(3, runs / 2),
        () -> Keystore.decrypt(scrypt, pw).length());
    report(
        "keystore v3 decrypt, pbkdf2 c=262144",
        Math.max(3, runs / 2),
        () -> Keystore.decrypt(pbkdf2, pw).length());
    SecretBytes.wipe(key);
  }

  private static void report(String what, int runs, Supplier<Integer> op) {
    op.get();
    long[] ms = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      op.get();
      ms[i] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(ms);
    System.out.printf(
        Locale.ROOT,
        "%-60s runs=%d min=%d ms median=%d ms max=%d ms%n",
        what,
        runs,
        ms[0],
        ms[runs / 2],
        ms[runs - 1]);
  }
}
