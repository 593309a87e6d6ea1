package io.abacus.wallet.vault;

import io.abacus.wallet.account.Account;
import io.abacus.wallet.hd.PathPreset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;

/**
 * Child process for {@link TwoProcessEditTest}: {@code ROUNDS} one-shot edits of one wallet, as
 * separate {@code abacus wallet ...} commands would make them (import a key, add an account, change
 * the password, rename an account), each through {@link Vault#edit}. Each edit that succeeds is
 * written to the shared journal while the wallet's lock is still held, so the journal's order is
 * the order of the saves.
 *
 * <p>Arguments: wallets folder, wallet name, journal file, rounds, random seed, tag.
 */
public final class EditLoopMain {
  /** The passwords the test's processes change between; each edit tries them in turn. */
  static final List<String> PASSWORDS = List.of("p0", "p1", "p2");

  private EditLoopMain() {}

  public static void main(String[] args) throws Exception {
    Vault vault = new Vault(Path.of(args[0]), ChildKdf.CHEAP, new SecureRandom());
    String name = args[1];
    Path journal = Path.of(args[2]);
    int rounds = Integer.parseInt(args[3]);
    Random random = new Random(Long.parseLong(args[4]));
    String tag = args[5];
    for (int round = 0; round < rounds; round++) {
      int op = random.nextInt(4);
      String label = tag + "-" + round;
      String nextPassword = PASSWORDS.get(random.nextInt(PASSWORDS.size()));
      byte[] key = new byte[32];
      random.nextBytes(key);
      key[0] = 0x01; // well below the curve order
      editWithAnyPassword(
          vault,
          name,
          (w, password) -> {
            String line =
                switch (op) {
                  case 0 -> "account " + w.importPrivateKey(key, label).address();
                  case 1 ->
                      "account " + w.deriveNext(PathPreset.METAMASK_TREZOR, 1).get(0).address();
                  case 2 -> {
                    w.changePassword(password.toCharArray(), nextPassword.toCharArray());
                    yield "password " + nextPassword;
                  }
                  default -> {
                    List<Account> all = w.accounts();
                    Account a = all.get(random.nextInt(all.size()));
                    w.rename(a.address(), label);
                    yield "rename " + a.address() + " " + label;
                  }
                };
            append(journal, line);
          });
    }
  }

  interface Edit {
    void apply(Wallet wallet, String password);
  }

  private static void editWithAnyPassword(Vault vault, String name, Edit edit) {
    for (int attempt = 0; attempt < 100; attempt++) {
      String password = PASSWORDS.get(attempt % PASSWORDS.size());
      try {
        vault.edit(
            name,
            password.toCharArray(),
            w -> {
              edit.apply(w, password);
              return null;
            });
        return;
      } catch (VaultException e) {
        if (e.reason() != VaultException.Reason.WRONG_PASSWORD) {
          throw e;
        }
      }
    }
    throw new IllegalStateException("no password opened the wallet");
  }

  private static void append(Path journal, String line) {
    try {
      Files.writeString(
          journal,
          line + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
