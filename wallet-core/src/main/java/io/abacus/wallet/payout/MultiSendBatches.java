package io.abacus.wallet.payout;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.rpc.CallRequest;
import io.abacus.wallet.tx.Erc20Calldata;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a multi-send payout groups its rows: one {@code disperse} batch for all native rows, then per
 * token (in first-use order) an {@code approve} when the allowance is short and a {@code disperse};
 * and the call each batch makes.
 *
 * @param rows the journal rows, each with its batch
 * @param batches the batches in sending order
 */
record MultiSendBatches(List<JournalRow> rows, List<JournalBatch> batches) {
  /** Groups {@code items} for {@code contract}; {@code approve} holds the tokens to approve. */
  static MultiSendBatches group(List<PayoutItem> items, Address contract, Set<Address> approve) {
    Map<String, List<PayoutItem>> byAsset = new LinkedHashMap<>();
    for (PayoutItem i : items) {
      byAsset.computeIfAbsent(i.asset().key(), k -> new ArrayList<>()).add(i);
    }
    List<JournalBatch> batches = new ArrayList<>();
    Map<Integer, Integer> batchOfLine = new LinkedHashMap<>();
    for (List<PayoutItem> group : byAsset.values()) {
      PayoutAsset asset = group.get(0).asset();
      String token = asset.token().map(Address::toString).orElse(null);
      BigInteger total =
          group.stream().map(PayoutItem::units).reduce(BigInteger.ZERO, BigInteger::add);
      if (asset.token().filter(approve::contains).isPresent()) {
        batches.add(
            JournalBatch.planned(
                batches.size(),
                JournalBatch.Kind.APPROVE,
                contract.toString(),
                token,
                total,
                List.of()));
      }
      List<Integer> lines = group.stream().map(i -> i.row().line()).toList();
      int id = batches.size();
      batches.add(
          JournalBatch.planned(
              id, JournalBatch.Kind.DISPERSE, contract.toString(), token, total, lines));
      group.forEach(i -> batchOfLine.put(i.row().line(), id));
    }
    List<JournalRow> rows = new ArrayList<>();
    for (PayoutItem i : items) {
      JournalRow planned = JournalRow.planned(i);
      rows.add(planned.following(batches.get(batchOfLine.get(i.row().line())), null));
    }
    return new MultiSendBatches(rows, batches);
  }

  /** The rows batch {@code id} pays. */
  List<JournalRow> rowsOf(int id) {
    return rows.stream().filter(r -> Integer.valueOf(id).equals(r.batch())).toList();
  }

  /** The call batch {@code b} makes from {@code from}, paying {@code rows} (its covered rows). */
  static CallRequest call(Address from, JournalBatch b, List<JournalRow> rows) {
    Address contract = Address.parse(b.contract());
    if (b.kind() == JournalBatch.Kind.APPROVE) {
      return new CallRequest(
          from,
          Address.parse(b.token()),
          BigInteger.ZERO,
          Erc20Calldata.approve(contract, new BigInteger(b.units())));
    }
    List<Address> to = rows.stream().map(r -> Address.parse(r.recipient())).toList();
    List<BigInteger> values = rows.stream().map(r -> new BigInteger(r.units())).toList();
    if (b.token() == null) {
      BigInteger sum = values.stream().reduce(BigInteger.ZERO, BigInteger::add);
      return new CallRequest(from, contract, sum, MultiSendCalldata.disperseEther(to, values));
    }
    HexBytes data = MultiSendCalldata.disperseToken(Address.parse(b.token()), to, values);
    return new CallRequest(from, contract, BigInteger.ZERO, data);
  }

  /** The fee of {@code b} plus that of the approvals of its token (wei, decimal text), or null. */
  static String feeWithApproval(JournalBatch b, List<JournalBatch> batches) {
    if (b.fee() == null) {
      return null;
    }
    BigInteger fee = new BigInteger(b.fee());
    for (JournalBatch a : batches) {
      if (a.kind() == JournalBatch.Kind.APPROVE
          && Objects.equals(a.token(), b.token())
          && a.fee() != null) {
        fee = fee.add(new BigInteger(a.fee()));
      }
    }
    return fee.toString();
  }

  /** The approval a token's disperse {@code key} of {@code j} waits for, if it has one. */
  static Optional<JournalBatch> approvalBefore(PayoutJournal j, int key) {
    if (key >= 0
        || !(j.entry(key) instanceof JournalBatch b)
        || b.kind() != JournalBatch.Kind.DISPERSE
        || b.token() == null) {
      return Optional.empty();
    }
    return j.batches().stream()
        .filter(a -> a.kind() == JournalBatch.Kind.APPROVE && a.token().equals(b.token()))
        .findFirst();
  }

  /** The first row transaction {@code key} of {@code j} pays; for an approval, its disperse's. */
  static int firstRowOf(PayoutJournal j, int key) {
    List<Integer> rows = j.rowsOf(key);
    if (!rows.isEmpty()) {
      return rows.get(0);
    }
    String token = ((JournalBatch) j.entry(key)).token();
    return j.batches().stream()
        .filter(b -> b.kind() == JournalBatch.Kind.DISPERSE && token.equals(b.token()))
        .map(b -> j.rowsOf(PayoutJournal.batchKey(b.id())).get(0))
        .findFirst()
        .orElseThrow();
  }
}
