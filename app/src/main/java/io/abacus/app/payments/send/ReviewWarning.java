package io.abacus.app.payments.send;

/** Something about the recipient a newcomer should look at twice before signing. */
public enum ReviewWarning {
  /** Never paid before by this wallet on this network, and not in the address book. */
  FIRST_TIME,
  /** One of this wallet's own accounts. */
  SELF,
  /** A contract (it has code) that is not a known token: money sent there may be stuck. */
  CONTRACT;

  /** The bundle key of the warning's text. */
  public String key() {
    return "send.warning." + name();
  }
}
