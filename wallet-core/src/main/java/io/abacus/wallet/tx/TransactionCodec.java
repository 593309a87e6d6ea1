package io.abacus.wallet.tx;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.hash.Keccak256;
import io.abacus.wallet.signing.Secp256k1;
import io.abacus.wallet.signing.Signature;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

/**
 * Encodes transactions for signing and for the network, and decodes raw signed transactions. The
 * field orders follow EIP-155, EIP-2930 and EIP-1559.
 */
public final class TransactionCodec {
  private static final BigInteger N = Secp256k1.CURVE.getN();

  private TransactionCodec() {}

  /** The bytes whose Keccak-256 is signed. */
  public static byte[] signingPayload(Transaction tx) {
    List<RlpType> fields = fields(tx);
    if (tx instanceof LegacyTransaction legacy) {
      fields.add(RlpString.create(BigInteger.valueOf(legacy.chainId())));
      fields.add(RlpString.create(BigInteger.ZERO));
      fields.add(RlpString.create(BigInteger.ZERO));
    }
    return envelope(tx.type(), fields);
  }

  /** Keccak-256 of {@link #signingPayload}. */
  public static byte[] signingHash(Transaction tx) {
    return Keccak256.hash(signingPayload(tx));
  }

  /** The network encoding of {@code tx} signed with {@code signature}. */
  public static byte[] encodeSigned(Transaction tx, Signature signature) {
    List<RlpType> fields = fields(tx);
    BigInteger v =
        tx instanceof LegacyTransaction
            ? BigInteger.valueOf(tx.chainId())
                .shiftLeft(1)
                .add(BigInteger.valueOf(35L + signature.recoveryId()))
            : BigInteger.valueOf(signature.recoveryId());
    fields.add(RlpString.create(v));
    fields.add(RlpString.create(signature.rValue()));
    fields.add(RlpString.create(signature.sValue()));
    return envelope(tx.type(), fields);
  }

  /** Builds the signed form and recovers the sender. */
  public static SignedTransaction signed(Transaction tx, Signature signature) {
    byte[] raw = encodeSigned(tx, signature);
    Address from = recoverSender(tx, signature);
    return new SignedTransaction(
        tx, signature, from, HexBytes.of(raw), HexBytes.of(Keccak256.hash(raw)));
  }

  /**
   * Decodes a raw signed transaction (types 0 with EIP-155, 1 and 2) and recovers its sender.
   *
   * @throws InvalidTransactionException for anything malformed, unsupported or unsigned
   */
  public static SignedTransaction decode(byte[] raw) {
    if (raw.length == 0) {
      throw new InvalidTransactionException("empty raw transaction");
    }
    int first = raw[0] & 0xff;
    if (first >= 0xc0) {
      return decodeLegacy(RawFields.of(Rlp.decode(raw, 0), 9, "legacy"));
    }
    if (first == 1 || first == 2) {
      int expected = first == 1 ? 11 : 12;
      RawFields f = RawFields.of(Rlp.decode(raw, 1), expected, "type-" + first);
      return decodeTyped(first, f);
    }
    throw new InvalidTransactionException(
        "unsupported transaction type 0x"
            + Integer.toHexString(first)
            + " (0, 1 and 2 are supported)");
  }

  private static SignedTransaction decodeLegacy(RawFields f) {
    BigInteger v = f.uint(6, "v");
    if (v.compareTo(BigInteger.valueOf(35)) < 0) {
      throw new InvalidTransactionException(
          "legacy transaction without EIP-155 replay protection (v=" + v + ") is not supported");
    }
    BigInteger chain = v.subtract(BigInteger.valueOf(35)).shiftRight(1);
    if (chain.bitLength() > 62) {
      throw new InvalidTransactionException("chain id in v is too large");
    }
    int recId = v.subtract(BigInteger.valueOf(35)).testBit(0) ? 1 : 0;
    Transaction tx =
        new LegacyTransaction(
            chain.longValueExact(),
            f.uint(0, "nonce"),
            f.uint(1, "gasPrice"),
            f.uint(2, "gasLimit"),
            f.to(3),
            f.uint(4, "value"),
            HexBytes.of(f.bytes(5)));
    return check(tx, signature(f, 7, recId));
  }

  private static SignedTransaction decodeTyped(int type, RawFields f) {
    BigInteger chain = f.uint(0, "chainId");
    if (chain.bitLength() > 62) {
      throw new InvalidTransactionException("chainId is too large");
    }
    int off = type == 2 ? 1 : 0;
    Transaction tx;
    if (type == 1) {
      tx =
          new AccessListTransaction(
              chain.longValue(),
              f.uint(1, "nonce"),
              f.uint(2, "gasPrice"),
              f.uint(3, "gasLimit"),
              f.to(4),
              f.uint(5, "value"),
              HexBytes.of(f.bytes(6)),
              f.accessList(7));
    } else {
      tx =
          new DynamicFeeTransaction(
              chain.longValue(),
              f.uint(1, "nonce"),
              f.uint(2, "maxPriorityFeePerGas"),
              f.uint(3, "maxFeePerGas"),
              f.uint(4, "gasLimit"),
              f.to(5),
              f.uint(6, "value"),
              HexBytes.of(f.bytes(7)),
              f.accessList(8));
    }
    BigInteger yParity = f.uint(8 + off, "yParity");
    if (yParity.compareTo(BigInteger.ONE) > 0) {
      throw new InvalidTransactionException("yParity must be 0 or 1, not " + yParity);
    }
    return check(tx, signature(f, 9 + off, yParity.intValue()));
  }

  private static Signature signature(RawFields f, int rIndex, int recId) {
    BigInteger r = f.uint(rIndex, "r");
    BigInteger s = f.uint(rIndex + 1, "s");
    if (r.signum() == 0 || r.compareTo(N) >= 0 || s.signum() == 0 || s.compareTo(N) >= 0) {
      throw new InvalidTransactionException("signature r or s is out of range");
    }
    if (s.compareTo(Secp256k1.HALF_N) > 0) {
      throw new InvalidTransactionException("signature s is not in the lower half (EIP-2)");
    }
    return Signature.of(r, s, recId);
  }

  private static SignedTransaction check(Transaction tx, Signature sig) {
    try {
      return signed(tx, sig);
    } catch (IllegalArgumentException e) {
      throw new InvalidTransactionException("no sender can be recovered from the signature", e);
    }
  }

  static Address recoverSender(Transaction tx, Signature signature) {
    return Secp256k1.recover(signingHash(tx), signature);
  }

  private static List<RlpType> fields(Transaction tx) {
    List<RlpType> out = new ArrayList<>();
    if (tx instanceof LegacyTransaction t) {
      out.add(RlpString.create(t.nonce()));
      out.add(RlpString.create(t.gasPrice()));
    } else if (tx instanceof AccessListTransaction t) {
      out.add(RlpString.create(BigInteger.valueOf(t.chainId())));
      out.add(RlpString.create(t.nonce()));
      out.add(RlpString.create(t.gasPrice()));
    } else if (tx instanceof DynamicFeeTransaction t) {
      out.add(RlpString.create(BigInteger.valueOf(t.chainId())));
      out.add(RlpString.create(t.nonce()));
      out.add(RlpString.create(t.maxPriorityFeePerGas()));
      out.add(RlpString.create(t.maxFeePerGas()));
    }
    out.add(RlpString.create(tx.gasLimit()));
    out.add(toField(tx.to()));
    out.add(RlpString.create(tx.value()));
    out.add(RlpString.create(tx.data().toBytes()));
    if (tx instanceof AccessListTransaction t) {
      out.add(accessList(t.accessList()));
    } else if (tx instanceof DynamicFeeTransaction t) {
      out.add(accessList(t.accessList()));
    }
    return out;
  }

  private static RlpType toField(Address to) {
    return RlpString.create(to == null ? new byte[0] : to.toBytes());
  }

  private static RlpList accessList(List<AccessListEntry> list) {
    List<RlpType> entries = new ArrayList<>();
    for (AccessListEntry e : list) {
      List<RlpType> keys = new ArrayList<>();
      e.storageKeys().forEach(k -> keys.add(RlpString.create(k.toBytes())));
      entries.add(new RlpList(RlpString.create(e.address().toBytes()), new RlpList(keys)));
    }
    return new RlpList(entries);
  }

  private static byte[] envelope(int type, List<RlpType> fields) {
    byte[] rlp = RlpEncoder.encode(new RlpList(fields));
    if (type == 0) {
      return rlp;
    }
    byte[] out = new byte[rlp.length + 1];
    out[0] = (byte) type;
    System.arraycopy(rlp, 0, out, 1, rlp.length);
    return out;
  }
}
