package io.abacus.wallet.statement;

/**
 * One account's EIP-191 {@code personal_sign} signature over the JCS bytes of a statement.
 *
 * @param signer the account's address as written in the file ({@code 0x...})
 * @param signature 65 bytes r || s || v as hex ({@code 0x...})
 */
public record StatementSignature(String signer, String signature) {}
