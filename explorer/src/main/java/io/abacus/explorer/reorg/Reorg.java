package io.abacus.explorer.reorg;

/**
 * A chain reorganisation the indexer rolled back.
 *
 * @param height the first block that was replaced
 * @param depth how many stored blocks were dropped
 * @param oldHash the stored hash at {@code height} (lower-case hex)
 * @param newHash the node's hash at {@code height} now, or null when the node no longer has it
 */
public record Reorg(long height, long depth, String oldHash, String newHash) {}
