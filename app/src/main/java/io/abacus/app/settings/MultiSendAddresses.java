package io.abacus.app.settings;

import io.abacus.app.sandbox.Sandbox;
import io.abacus.app.sandbox.SandboxException;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one answer to "is there a multi-send contract on this network?" for payouts: the Sandbox's
 * own deployed contract on the Sandbox network, else the address set for the network in Settings.
 */
public final class MultiSendAddresses {
  private final Supplier<Settings> settings;
  private final Supplier<Optional<Address>> sandboxContract;

  /**
   * @param settings the current settings (e.g. {@code appSettings::get}, or a loaded file's)
   * @param sandboxContract the running Sandbox's deployed contract ({@link Sandbox#multiSend()})
   */
  public MultiSendAddresses(
      Supplier<Settings> settings, Supplier<Optional<Address>> sandboxContract) {
    this.settings = settings;
    this.sandboxContract = sandboxContract;
  }

  /** Contracts of {@code settings} and of {@code sandbox}. */
  public static MultiSendAddresses of(Supplier<Settings> settings, Sandbox sandbox) {
    return new MultiSendAddresses(settings, sandbox::multiSend);
  }

  /**
   * The multi-send contract to use on {@code network}, if there is one. On the Sandbox network the
   * contract the Sandbox deployed (when the Sandbox is running) comes first.
   */
  public Optional<Address> multiSendAddress(Network network) {
    if (network.kind() == Network.Kind.SANDBOX) {
      try {
        Optional<Address> deployed = sandboxContract.get();
        if (deployed.isPresent()) {
          return deployed;
        }
      } catch (SandboxException notRunning) {
        // No Sandbox node: fall back to what Settings hold.
      }
    }
    return settings.get().multiSend(network.id());
  }
}
