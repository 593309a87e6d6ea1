package io.abacus.app.shell;

/** The main navigation's destinations, in the order the sidebar shows them. */
public enum Section {
  ACCOUNTS("accounts"),
  SEND("send"),
  RECEIVE("receive"),
  ACTIVITY("activity"),
  INVOICES("invoices"),
  PAYOUTS("payouts"),
  MESSAGES("messages"),
  ADDRESS_BOOK("addressBook"),
  EXPLORER("explorer"),
  STATEMENTS("statements"),
  SETTINGS("settings");

  private final String key;

  Section(String key) {
    this.key = key;
  }

  /** The i18n key of the sidebar label. */
  public String navKey() {
    return "nav." + key;
  }

  /** The i18n key of the page's one-line introduction. */
  public String introKey() {
    return "page." + key + ".intro";
  }

  /** True for pages that act on an unlocked wallet; they show the wallet gate while locked. */
  public boolean requiresWallet() {
    return switch (this) {
      case ACCOUNTS, SEND, RECEIVE, ACTIVITY, INVOICES, PAYOUTS, MESSAGES -> true;
      default -> false;
    };
  }

  /** A stable id for views and UI tests, e.g. {@code nav-addressBook}. */
  public String navId() {
    return "nav-" + key;
  }
}
