package io.abacus.wallet.tx;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The top-level fields of a decoded transaction, with typed, checked accessors. */
record RawFields(List<Rlp.Item> items) {

  static RawFields of(Rlp.Item item, int expected, String kind) {
    if (!(item instanceof Rlp.Items list)) {
      throw new InvalidTransactionException(kind + " transaction must be an RLP list");
    }
    if (list.items().size() != expected) {
      throw new InvalidTransactionException(
          kind
              + " transaction has "
              + list.items().size()
              + " fields, expected "
              + expected
              + " (is it signed?)");
    }
    return new RawFields(list.items());
  }

  byte[] bytes(int i) {
    if (items.get(i) instanceof Rlp.Bytes b) {
      return b.value();
    }
    throw new InvalidTransactionException("field " + i + " must be a byte string, not a list");
  }

  BigInteger uint(int i, String name) {
    byte[] b = bytes(i);
    if (b.length > 32) {
      throw new InvalidTransactionException(name + " is longer than 32 bytes");
    }
    if (b.length > 0 && b[0] == 0) {
      throw new InvalidTransactionException(name + " has a leading zero byte (non-canonical)");
    }
    return new BigInteger(1, b);
  }

  Address to(int i) {
    byte[] b = bytes(i);
    if (b.length == 0) {
      return null;
    }
    if (b.length != 20) {
      throw new InvalidTransactionException("to must be 20 bytes or empty, not " + b.length);
    }
    return Address.of(b);
  }

  List<AccessListEntry> accessList(int i) {
    if (!(items.get(i) instanceof Rlp.Items list)) {
      throw new InvalidTransactionException("accessList must be a list");
    }
    List<AccessListEntry> out = new ArrayList<>();
    for (Rlp.Item entry : list.items()) {
      if (!(entry instanceof Rlp.Items pair)
          || pair.items().size() != 2
          || !(pair.items().get(0) instanceof Rlp.Bytes addr)
          || addr.value().length != 20
          || !(pair.items().get(1) instanceof Rlp.Items keys)) {
        throw new InvalidTransactionException(
            "accessList entry must be [20-byte address, [storage keys]]");
      }
      List<HexBytes> slots = new ArrayList<>();
      for (Rlp.Item key : keys.items()) {
        if (!(key instanceof Rlp.Bytes k) || k.value().length != 32) {
          throw new InvalidTransactionException("accessList storage key must be 32 bytes");
        }
        slots.add(HexBytes.of(k.value()));
      }
      out.add(new AccessListEntry(Address.of(addr.value()), slots));
    }
    return out;
  }
}
