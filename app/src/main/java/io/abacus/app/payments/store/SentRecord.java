package io.abacus.app.payments.store;

/**
 * A transaction this wallet signed and broadcast, as the payment screens remember it (the pending
 * journal forgets transactions once mined; this keeps them for the activity list and the export).
 *
 * @param hash transaction hash (0x..)
 * @param from the paying account (EIP-55)
 * @param to the recipient of the value or the token (EIP-55)
 * @param chainId the chain it was signed for
 * @param symbol asset symbol
 * @param token the token contract, or null for the native currency
 * @param decimals decimals of the asset
 * @param amount base units, decimal
 * @param nonce the nonce, decimal
 * @param timeMillis when it was broadcast (epoch milliseconds, UTC)
 * @param kind PAYMENT, SPEED_UP or CANCEL
 * @param replaces for a speed-up or cancel: the hash it replaces, else null
 */
public record SentRecord(
    String hash,
    String from,
    String to,
    long chainId,
    String symbol,
    String token,
    int decimals,
    String amount,
    String nonce,
    long timeMillis,
    String kind,
    String replaces) {}
