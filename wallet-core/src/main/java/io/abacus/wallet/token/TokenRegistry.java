package io.abacus.wallet.token;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.NodeClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tokens of a network, merged from its sources in order (the first source that names a contract
 * wins), and the one place tokens are added. Every screen that lists tokens reads it, so a token
 * added on one is offered on all.
 */
public final class TokenRegistry {
  private final List<TokenSource> sources;
  private final AddedTokens added;

  /**
   * @param sources where tokens come from, in order of precedence; should include {@code added}
   * @param added where tokens the user adds are kept
   */
  public TokenRegistry(List<TokenSource> sources, AddedTokens added) {
    this.sources = List.copyOf(sources);
    this.added = added;
  }

  /**
   * The usual registry: the bundled lists, then {@code extra} (e.g. the Sandbox's token), then the
   * tokens the user added, then {@code seen} (e.g. tokens an explorer index has seen).
   */
  public static TokenRegistry of(
      BundledTokens bundled, TokenSource extra, AddedTokens added, TokenSource seen) {
    return new TokenRegistry(List.of(bundled, extra, added, seen), added);
  }

  /** All tokens of {@code network}, without duplicate contracts. */
  public List<Token> tokens(Network network) throws IOException {
    List<Token> all = new ArrayList<>();
    for (TokenSource source : sources) {
      for (Token t : source.tokens(network)) {
        if (all.stream().noneMatch(x -> x.address().equals(t.address()))) {
          all.add(t);
        }
      }
    }
    return all;
  }

  /** The token at {@code contract} on {@code network}, if any source knows it. */
  public Optional<Token> find(Network network, Address contract) throws IOException {
    return tokens(network).stream().filter(t -> t.address().equals(contract)).findFirst();
  }

  /**
   * The token at {@code contract}: as the registry knows it, else as {@code reader} reads it from
   * the chain (not remembered); empty when the contract does not answer like an ERC-20.
   *
   * @param reader a reader on a node of {@code network}, its chain id checked by the caller
   */
  public Optional<Token> findOrRead(Network network, Address contract, Erc20Reader reader)
      throws IOException {
    Optional<Token> known = find(network, contract);
    return known.isPresent() ? known : reader.describe(contract);
  }

  /**
   * Reads the token at {@code contract} from the chain and remembers it as added by the user.
   *
   * @param node a node of {@code network}, its chain id checked by the caller
   * @return the token, or empty (nothing added) if the contract does not answer like an ERC-20
   * @throws IOException if the registry's file cannot be written
   * @throws io.abacus.wallet.rpc.RpcException if the node fails
   */
  public Optional<Token> addFromChain(Network network, NodeClient node, Address contract)
      throws IOException {
    Optional<Token> token = new Erc20Reader(node).describe(contract);
    if (token.isPresent()) {
      add(network, token.get());
    }
    return token;
  }

  /** Remembers a token the user added on {@code network} (replacing one at the same address). */
  public void add(Network network, Token token) throws IOException {
    added.add(network, token);
  }
}
