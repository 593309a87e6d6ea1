package io.abacus.wallet.vault;

import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.hd.DerivationPath;
import io.abacus.wallet.secret.SecretBytes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The decrypted content of a wallet: recovery-phrase entropy and seed (if any), the accounts and
 * the imported keys. Encoded as a compact binary payload so that secrets never become Strings.
 */
final class WalletContents implements AutoCloseable {
  private static final int PAYLOAD_VERSION = 1;
  private static final byte DERIVED = 0;
  private static final byte IMPORTED = 1;
  private static final byte WATCH = 2;

  SecretBytes entropy;
  SecretBytes seed;
  final List<Account> accounts = new ArrayList<>();
  final Map<Address, SecretBytes> importedKeys = new HashMap<>();

  byte[] encode() {
    WipeableBuffer buffer = new WipeableBuffer();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      out.writeInt(PAYLOAD_VERSION);
      out.writeBoolean(seed != null);
      if (seed != null) {
        writeSecret(out, entropy);
        writeSecret(out, seed);
      }
      out.writeInt(accounts.size());
      for (Account a : accounts) {
        out.writeByte(a instanceof Account.Derived ? DERIVED : a.canSign() ? IMPORTED : WATCH);
        out.write(a.address().toBytes());
        out.writeUTF(a.name());
        out.writeBoolean(a.hidden());
        if (a instanceof Account.Derived d) {
          out.writeUTF(d.path().toString());
        } else if (a instanceof Account.Imported) {
          writeSecret(out, importedKeys.get(a.address()));
        }
      }
      out.flush();
      return buffer.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } finally {
      buffer.wipe();
    }
  }

  static WalletContents decode(byte[] payload) {
    WalletContents c = new WalletContents();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
      int version = in.readInt();
      if (version != PAYLOAD_VERSION) {
        throw new VaultException(
            VaultException.Reason.CORRUPT, "unsupported wallet content version " + version);
      }
      if (in.readBoolean()) {
        c.entropy = readSecret(in);
        c.seed = readSecret(in);
      }
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        byte kind = in.readByte();
        byte[] addr = new byte[20];
        in.readFully(addr);
        Address address = Address.of(addr);
        String name = in.readUTF();
        boolean hidden = in.readBoolean();
        switch (kind) {
          case DERIVED ->
              c.accounts.add(
                  new Account.Derived(address, name, hidden, DerivationPath.parse(in.readUTF())));
          case IMPORTED -> {
            c.importedKeys.put(address, readSecret(in));
            c.accounts.add(new Account.Imported(address, name, hidden));
          }
          case WATCH -> c.accounts.add(new Account.WatchOnly(address, name, hidden));
          default ->
              throw new VaultException(
                  VaultException.Reason.CORRUPT, "unknown account kind " + kind);
        }
      }
      return c;
    } catch (IOException | IllegalArgumentException e) {
      c.close();
      throw new VaultException(VaultException.Reason.CORRUPT, "the wallet content is damaged", e);
    }
  }

  private static void writeSecret(DataOutputStream out, SecretBytes secret) throws IOException {
    out.writeShort(secret.length());
    secret.apply(
        bytes -> {
          try {
            out.write(bytes);
            return null;
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  private static SecretBytes readSecret(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readUnsignedShort()];
    in.readFully(bytes);
    return SecretBytes.takeOwnership(bytes);
  }

  @Override
  public void close() {
    if (entropy != null) {
      entropy.close();
    }
    if (seed != null) {
      seed.close();
    }
    importedKeys.values().forEach(SecretBytes::close);
  }

  @Override
  public String toString() {
    return "WalletContents[" + accounts.size() + " accounts, secrets redacted]";
  }

  /** A byte buffer whose backing array can be zeroed (sized up front to avoid regrowth). */
  private static final class WipeableBuffer extends ByteArrayOutputStream {
    WipeableBuffer() {
      super(64 * 1024);
    }

    void wipe() {
      Arrays.fill(buf, (byte) 0);
    }
  }
}
