package io.abacus.wallet.differential;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.tx.AccessListEntry;
import io.abacus.wallet.tx.AccessListTransaction;
import io.abacus.wallet.tx.DynamicFeeTransaction;
import io.abacus.wallet.tx.LegacyTransaction;
import io.abacus.wallet.tx.Transaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random transactions of types 0, 1 and 2 with the ethers form of each. */
final class RandomTransactions {
  /** A transaction and the object ethers' {@code Transaction.from} takes for it. */
  record Case(Transaction tx, ObjectNode ethers) {}

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final Random rnd;

  RandomTransactions(Random rnd) {
    this.rnd = rnd;
  }

  Case next() {
    long chainId = rnd.nextBoolean() ? 1 + rnd.nextInt(100_000) : 1 + (rnd.nextLong() >>> 12);
    BigInteger nonce = BigInteger.valueOf(rnd.nextInt(3) == 0 ? 0 : rnd.nextLong() >>> 12);
    BigInteger gas = BigInteger.valueOf(21_000 + rnd.nextInt(10_000_000));
    Address to = rnd.nextInt(5) == 0 ? null : Address.of(bytes(20));
    BigInteger value = uint(256);
    HexBytes data = HexBytes.of(bytes(rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(200)));
    ObjectNode e = F.objectNode();
    e.put("chainId", Long.toString(chainId)).put("nonce", nonce.longValue());
    e.put("gasLimit", gas.toString()).put("value", value.toString());
    e.put("data", data.toHex());
    if (to != null) {
      e.put("to", to.toLowerHex());
    }
    int type = rnd.nextInt(3);
    e.put("type", type);
    if (type == 0) {
      BigInteger price = uint(rnd.nextBoolean() ? 40 : 256);
      e.put("gasPrice", price.toString());
      return new Case(new LegacyTransaction(chainId, nonce, price, gas, to, value, data), e);
    }
    List<AccessListEntry> list = accessList(e.putArray("accessList"));
    if (type == 1) {
      BigInteger price = uint(40);
      e.put("gasPrice", price.toString());
      return new Case(
          new AccessListTransaction(chainId, nonce, price, gas, to, value, data, list), e);
    }
    BigInteger max = uint(rnd.nextBoolean() ? 40 : 256);
    BigInteger tip = max.signum() == 0 ? max : new BigInteger(max.bitLength(), rnd).min(max);
    e.put("maxFeePerGas", max.toString()).put("maxPriorityFeePerGas", tip.toString());
    return new Case(
        new DynamicFeeTransaction(chainId, nonce, tip, max, gas, to, value, data, list), e);
  }

  private List<AccessListEntry> accessList(ArrayNode json) {
    List<AccessListEntry> list = new ArrayList<>();
    for (int i = rnd.nextInt(3); i > 0; i--) {
      Address address = Address.of(bytes(20));
      List<HexBytes> keys = new ArrayList<>();
      ObjectNode entry = json.addObject().put("address", address.toLowerHex());
      ArrayNode keysJson = entry.putArray("storageKeys");
      for (int k = rnd.nextInt(3); k > 0; k--) {
        HexBytes key = HexBytes.of(bytes(32));
        keys.add(key);
        keysJson.add(key.toHex());
      }
      list.add(new AccessListEntry(address, keys));
    }
    return list;
  }

  private BigInteger uint(int bits) {
    return switch (rnd.nextInt(4)) {
      case 0 -> BigInteger.ZERO;
      case 1 -> BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
      default -> new BigInteger(bits, rnd);
    };
  }

  byte[] bytes(int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }
}
