package io.abacus.wallet.hd;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Account layouts of the wallets users come from, so their addresses appear in Abacus too. */
public enum PathPreset {
  /** {@code m/44'/60'/0'/0/i}: MetaMask, Trezor, most software wallets. */
  METAMASK_TREZOR("MetaMask / Trezor", "metamask", "m/44'/60'/0'/0/%d"),
  /** {@code m/44'/60'/i'/0/0}: Ledger Live. */
  LEDGER_LIVE("Ledger Live", "ledger-live", "m/44'/60'/%d'/0/0"),
  /** {@code m/44'/60'/0'/i}: the old Ledger Chrome app and MyEtherWallet's Ledger option. */
  LEDGER_LEGACY("Ledger legacy", "ledger-legacy", "m/44'/60'/0'/%d");

  private final String displayName;
  private final String id;
  private final String pattern;

  PathPreset(String displayName, String id, String pattern) {
    this.displayName = displayName;
    this.id = id;
    this.pattern = pattern;
  }

  /** The name users know, e.g. "Ledger Live". */
  public String displayName() {
    return displayName;
  }

  /** A short command-line id, e.g. {@code ledger-live}. */
  public String id() {
    return id;
  }

  /**
   * The path of account {@code index}.
   *
   * @throws InvalidPathException if the index is negative
   */
  public DerivationPath path(int index) {
    if (index < 0) {
      throw new InvalidPathException("account index must be 0 or more, not " + index);
    }
    return DerivationPath.parse(String.format(Locale.ROOT, pattern, index));
  }

  /**
   * The preset with this id or display name (case-insensitive).
   *
   * @throws IllegalArgumentException naming the known presets
   */
  public static PathPreset byName(String name) {
    for (PathPreset p : values()) {
      if (p.id.equalsIgnoreCase(name.strip()) || p.displayName.equalsIgnoreCase(name.strip())) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown path preset '"
            + name
            + "' (known: "
            + Arrays.stream(values()).map(PathPreset::id).collect(Collectors.joining(", "))
            + ")");
  }
}
