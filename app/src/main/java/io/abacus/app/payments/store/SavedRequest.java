package io.abacus.app.payments.store;

/**
 * A payment request the user made on the Receive page.
 *
 * @param id unique id (creation time in ms plus a counter)
 * @param account the receiving account (EIP-55)
 * @param chainId the chain the request is for
 * @param symbol asset symbol
 * @param token the token contract, or null for the native currency
 * @param decimals decimals of the asset
 * @param amount base units, decimal, or empty when the payer chooses
 * @param memo what it is for (kept here; not part of the URI, which has no standard field)
 * @param uri the EIP-681 URI shown as QR
 * @param createdMillis creation time (epoch ms)
 * @param paid whether the user marked it paid
 */
public record SavedRequest(
    String id,
    String account,
    long chainId,
    String symbol,
    String token,
    int decimals,
    String amount,
    String memo,
    String uri,
    long createdMillis,
    boolean paid) {

  public SavedRequest withPaid(boolean value) {
    return new SavedRequest(
        id, account, chainId, symbol, token, decimals, amount, memo, uri, createdMillis, value);
  }
}
