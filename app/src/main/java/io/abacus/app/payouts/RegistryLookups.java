package io.abacus.app.payouts;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.contacts.Contact;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.payout.PayoutAsset;
import io.abacus.wallet.payout.PayoutLookups;
import io.abacus.wallet.payout.PayoutValidator;
import io.abacus.wallet.token.Erc20Reader;
import io.abacus.wallet.token.Token;
import io.abacus.wallet.token.TokenRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Payout names and assets resolved as everywhere else in Abacus: names from the address book,
 * symbols from the network's token registry, token addresses from the registry or else the chain.
 */
public final class RegistryLookups implements PayoutLookups {
  private final Network network;
  private final TokenRegistry registry;
  private final Erc20Reader reader;
  private final AddressBook book;

  /**
   * @param reader reads tokens the registry does not know, on a node of {@code network}
   */
  public RegistryLookups(
      Network network, TokenRegistry registry, Erc20Reader reader, AddressBook book) {
    this.network = network;
    this.registry = registry;
    this.reader = reader;
    this.book = book;
  }

  @Override
  public Optional<Address> addressOf(String name) {
    List<Contact> named =
        book.all().stream().filter(c -> c.name().strip().equalsIgnoreCase(name.strip())).toList();
    if (named.size() > 1) {
      throw new IllegalArgumentException(
          "the address book has "
              + named.size()
              + " contacts named '"
              + name
              + "'; write the address");
    }
    return named.stream().findFirst().map(Contact::address);
  }

  @Override
  public PayoutAsset nativeAsset() {
    return PayoutAsset.nativeCurrency(network.currencySymbol(), network.decimals());
  }

  @Override
  public Optional<PayoutAsset> tokenBySymbol(String symbol) {
    try {
      List<PayoutAsset> found =
          registry.tokens(network).stream()
              .filter(t -> PayoutValidator.sameSymbol(t.symbol(), symbol))
              .map(RegistryLookups::asset)
              .toList();
      return PayoutValidator.single(symbol, found);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<PayoutAsset> tokenAt(Address contract) {
    try {
      return registry.findOrRead(network, contract, reader).map(RegistryLookups::asset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PayoutAsset asset(Token t) {
    return new PayoutAsset(Optional.of(t.address()), t.symbol(), t.decimals());
  }
}
