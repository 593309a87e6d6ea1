package io.abacus.wallet.vault;

/**
 * The scrypt cost of the wallet that {@link TwoProcessEditTest} edits in two child processes. The
 * test is about file locks, stale keys and lost updates, not key stretching, yet every edit derives
 * a key (and every password change two): at {@link VaultKdf#TESTING} (n = 1024) scrypt was 60% of
 * the children's CPU time (measured with JFR on {@link EditLoopMain}). n = 16 keeps every
 * derivation, salt and check of the file format while costing next to nothing; the format records n
 * per file, so this is a legal wallet file. (KillMidSaveTest keeps {@link VaultKdf#TESTING}: its
 * child saves in a loop until it is killed, so cheaper saves only made more of them in the same
 * time.)
 */
final class ChildKdf {
  /** n = 16, r = 8, p = 1. */
  static final VaultKdf CHEAP = new VaultKdf(1 << 4, 8, 1);

  private ChildKdf() {}
}
