package io.abacus.wallet.statement;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a statement of account, found by checking its signatures or re-deriving it
 * from a node.
 *
 * @param kind what is wrong
 * @param hash the transaction concerned, or null when the problem is not about one movement
 * @param detail one line for people
 */
public record StatementProblem(Kind kind, String hash, String detail) {
  /** The kinds of problem, as named in the JSON output ({@link #json()}). */
  public enum Kind {
    /** A signature is bad, missing, or not by the statement's account. */
    SIGNATURE,
    /** A movement's amount, counterparty, block, direction, fee or asset differs from the chain. */
    ALTERED,
    /** A hash that is not on this chain or does not move this account's funds in the period. */
    FABRICATED,
    /** A movement on chain that the statement leaves out. */
    MISSING,
    /** An opening or closing balance differs from the node at that block. */
    BALANCE,
    /** Another chain id, or other block hashes at the period's ends (e.g. after a reorg). */
    CHAIN;

    /** The lower-case name used in JSON ({@code "missing"}). */
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public StatementProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }
}
