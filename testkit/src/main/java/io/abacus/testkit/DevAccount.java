package io.abacus.testkit;

/**
 * A funded account of the local test chain, as anvil announces it on start-up.
 *
 * @param index position in anvil's list (the BIP44 index under the test mnemonic)
 * @param address EIP-55 address as anvil prints it
 * @param privateKeyHex 0x-prefixed private key; public test material, never a real secret
 */
public record DevAccount(int index, String address, String privateKeyHex) {}
