package io.abacus.explorer.db;

import io.abacus.explorer.ingest.ParsedBlock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Which addresses a transaction touches, with their role flags (see the schema). */
final class Appearances {
  static final int SENT = 1;
  static final int RECEIVED = 2;
  static final int CREATED = 4;
  static final int TOKEN_SENT = 8;
  static final int TOKEN_RECEIVED = 16;
  static final int INTERNAL_SENT = 32;
  static final int INTERNAL_RECEIVED = 64;
  private static final byte[] ZERO_ADDRESS = new byte[20];

  private Appearances() {}

  /**
   * An address as a map key. Its hash is the last four bytes (addresses are hashes themselves, and
   * vanity addresses share leading, not trailing, bytes), worked out once: hashing all 20 bytes of
   * every key was a visible share of the indexer's CPU.
   */
  static final class Key {
    private final byte[] bytes;
    private final int hash;

    Key(byte[] bytes) {
      this.bytes = bytes;
      int n = bytes.length;
      this.hash =
          n < 4
              ? Arrays.hashCode(bytes)
              : (bytes[n - 4] << 24)
                  | ((bytes[n - 3] & 0xff) << 16)
                  | ((bytes[n - 2] & 0xff) << 8)
                  | (bytes[n - 1] & 0xff);
    }

    byte[] bytes() {
      return bytes;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && hash == k.hash && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  static Map<Key, Integer> of(ParsedBlock.Tx t) {
    Map<Key, Integer> flags = new HashMap<>(8);
    add(flags, t.from(), SENT);
    add(flags, t.to(), RECEIVED);
    add(flags, t.contractCreated(), CREATED);
    for (ParsedBlock.TokenTransfer tt : t.transfers()) {
      add(flags, tt.from(), TOKEN_SENT);
      add(flags, tt.to(), TOKEN_RECEIVED);
    }
    for (ParsedBlock.InternalTransfer it : t.internals()) {
      add(flags, it.from(), INTERNAL_SENT);
      add(flags, it.to(), INTERNAL_RECEIVED);
    }
    return flags;
  }

  private static void add(Map<Key, Integer> flags, byte[] address, int flag) {
    if (address != null && !Arrays.equals(address, ZERO_ADDRESS)) {
      flags.merge(new Key(address), flag, (a, b) -> a | b);
    }
  }
}
