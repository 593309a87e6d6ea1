package io.abacus.explorer.bench;

import io.abacus.explorer.db.Checkpoint;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.db.IndexStore;
import io.abacus.explorer.ingest.ParsedBlock;
import io.abacus.explorer.ingest.TokenTransfers;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills an index with synthetic blocks through the indexer's own writer: {@code txPerBlock}
 * transactions per block among {@code addresses} accounts, a tenth of all transactions touching one
 * of ten "hot" accounts, a fifth carrying an ERC-20 transfer log of one of five tokens.
 */
final class SyntheticIndex {
  static final int HOT = 10;
  private final int addresses;
  private final int txPerBlock;

  SyntheticIndex(int addresses, int txPerBlock) {
    this.addresses = addresses;
    this.txPerBlock = txPerBlock;
  }

  static byte[] address(int i) {
    byte[] a = new byte[20];
    a[0] = (byte) 0xab;
    ByteBuffer.wrap(a, 12, 8).putLong(0x5eed_0000_0000L + i);
    return a;
  }

  /** The synthetic hash of transaction {@code index} of {@code block}. */
  static byte[] txHash(long block, int index) {
    byte[] h = new byte[32];
    SplittableRandom r = new SplittableRandom(block * 1_000_003L + index);
    for (int i = 0; i < 32; i += 8) {
      ByteBuffer.wrap(h, i, 8).putLong(r.nextLong());
    }
    return h;
  }

  static byte[] blockHash(long block) {
    byte[] h = txHash(block, 0xfffff);
    h[0] = (byte) 0xbb;
    return h;
  }

  /** Writes {@code blocks} blocks; returns the transactions written. */
  long fill(ExplorerDatabase db, long blocks) {
    SplittableRandom random = new SplittableRandom(7);
    long txs = 0;
    try (IndexStore store = new IndexStore(db)) {
      Checkpoint cp = store.start(1, 0, blocks - 1);
      List<ParsedBlock> batch = new ArrayList<>();
      for (long n = 0; n < blocks; n++) {
        batch.add(block(n, random));
        txs += txPerBlock;
        if (batch.size() == 500 || n == blocks - 1) {
          cp = store.append(batch, cp, blocks - 1);
          batch.clear();
        }
      }
    }
    return txs;
  }

  ParsedBlock block(long n, SplittableRandom random) {
    List<ParsedBlock.Tx> txs = new ArrayList<>(txPerBlock);
    int logIndex = 0;
    for (int i = 0; i < txPerBlock; i++) {
      byte[] from = pick(random);
      byte[] to = pick(random);
      List<ParsedBlock.Log> logs = List.of();
      List<ParsedBlock.TokenTransfer> transfers = List.of();
      BigInteger value = BigInteger.valueOf(random.nextLong(1L << 60));
      if (random.nextInt(5) == 0) {
        byte[] token = address(addresses + random.nextInt(5));
        byte[] recipient = pick(random);
        ParsedBlock.Log log =
            new ParsedBlock.Log(
                logIndex++,
                token,
                List.of(TokenTransfers.TRANSFER, topic(from), topic(recipient)),
                ByteBuffer.allocate(32).putLong(24, value.longValue()).array());
        logs = List.of(log);
        transfers = TokenTransfers.decode(log);
        to = token;
        value = BigInteger.ZERO;
      }
      txs.add(
          new ParsedBlock.Tx(
              i,
              txHash(n, i),
              from,
              to,
              value,
              n,
              60_000,
              BigInteger.valueOf(1_000_000_000L + i),
              2,
              new byte[0],
              1,
              21_000 + random.nextInt(40_000),
              null,
              logs,
              transfers,
              List.of()));
    }
    return new ParsedBlock(
        n,
        blockHash(n),
        n == 0 ? new byte[32] : blockHash(n - 1),
        1_700_000_000L + n * 12,
        address(0),
        15_000_000,
        30_000_000,
        BigInteger.valueOf(7),
        txs);
  }

  private byte[] pick(SplittableRandom random) {
    return random.nextInt(10) == 0
        ? address(random.nextInt(HOT))
        : address(random.nextInt(addresses));
  }

  private static byte[] topic(byte[] address) {
    byte[] t = new byte[32];
    System.arraycopy(address, 0, t, 12, 20);
    return t;
  }
}
