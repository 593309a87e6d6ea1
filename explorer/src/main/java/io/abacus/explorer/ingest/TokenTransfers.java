package io.abacus.explorer.ingest;

import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes token movements from logs: ERC-20 and ERC-721 {@code Transfer}, ERC-1155 {@code
 * TransferSingle} and {@code TransferBatch}. Logs that match a topic but not the layout (a
 * non-standard contract) are ignored, never guessed at.
 */
public final class TokenTransfers {
  // The topics are the Keccak-256 hashes of the event signatures, written out (TokenTransfersTest
  // checks them): hashing them here loaded the signed BouncyCastle jar, whose verification cost
  // every index start about a second of CPU.

  /** {@code Transfer(address,address,uint256)}. */
  public static final byte[] TRANSFER =
      topic("ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");

  /** {@code TransferSingle(address,address,address,uint256,uint256)}. */
  public static final byte[] TRANSFER_SINGLE =
      topic("c3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f62");

  /** {@code TransferBatch(address,address,address,uint256[],uint256[])}. */
  public static final byte[] TRANSFER_BATCH =
      topic("4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb");

  private static final int MAX_BATCH = 10_000;

  private TokenTransfers() {}

  private static byte[] topic(String hex) {
    return HexBytes.decode("0x" + hex);
  }

  /** The transfers a log records; empty when it records none. */
  public static List<ParsedBlock.TokenTransfer> decode(ParsedBlock.Log log) {
    List<byte[]> t = log.topics();
    if (t.isEmpty()) {
      return List.of();
    }
    byte[] t0 = t.get(0);
    byte[] data = log.data();
    if (Arrays.equals(t0, TRANSFER)) {
      if (t.size() == 3 && data.length == 32) {
        return List.of(
            transfer(log, 0, 20, address(t.get(1)), address(t.get(2)), null, word(data, 0)));
      }
      if (t.size() == 4 && data.length == 0) {
        return List.of(
            transfer(
                log, 0, 721, address(t.get(1)), address(t.get(2)), uint(t.get(3)), BigInteger.ONE));
      }
      return List.of();
    }
    if (Arrays.equals(t0, TRANSFER_SINGLE) && t.size() == 4 && data.length == 64) {
      return List.of(
          transfer(
              log, 0, 1155, address(t.get(2)), address(t.get(3)), word(data, 0), word(data, 32)));
    }
    if (Arrays.equals(t0, TRANSFER_BATCH) && t.size() == 4) {
      return batch(log, address(t.get(2)), address(t.get(3)), data);
    }
    return List.of();
  }

  private static List<ParsedBlock.TokenTransfer> batch(
      ParsedBlock.Log log, byte[] from, byte[] to, byte[] data) {
    BigInteger[] ids = array(data, 0);
    BigInteger[] values = array(data, 32);
    if (ids == null || values == null || ids.length != values.length) {
      return List.of();
    }
    List<ParsedBlock.TokenTransfer> out = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      out.add(transfer(log, i, 1155, from, to, ids[i], values[i]));
    }
    return out;
  }

  /** A {@code uint256[]} whose offset is in the head word at {@code head}; null if malformed. */
  private static BigInteger[] array(byte[] data, int head) {
    if (data.length < head + 32) {
      return null;
    }
    BigInteger offset = word(data, head);
    if (offset.bitLength() > 31 || offset.intValue() + 32 > data.length) {
      return null;
    }
    int start = offset.intValue();
    BigInteger length = word(data, start);
    if (length.bitLength() > 31 || length.intValue() > MAX_BATCH) {
      return null;
    }
    int n = length.intValue();
    if (start + 32 + (long) n * 32 > data.length) {
      return null;
    }
    BigInteger[] out = new BigInteger[n];
    for (int i = 0; i < n; i++) {
      out[i] = word(data, start + 32 + i * 32);
    }
    return out;
  }

  private static ParsedBlock.TokenTransfer transfer(
      ParsedBlock.Log log,
      int batchIndex,
      int standard,
      byte[] from,
      byte[] to,
      BigInteger id,
      BigInteger value) {
    return new ParsedBlock.TokenTransfer(
        log.index(), batchIndex, standard, log.address(), from, to, id, value);
  }

  private static BigInteger word(byte[] data, int offset) {
    return new BigInteger(1, Arrays.copyOfRange(data, offset, offset + 32));
  }

  private static BigInteger uint(byte[] topic) {
    return new BigInteger(1, topic);
  }

  private static byte[] address(byte[] topic) {
    return Arrays.copyOfRange(topic, 12, 32);
  }
}
