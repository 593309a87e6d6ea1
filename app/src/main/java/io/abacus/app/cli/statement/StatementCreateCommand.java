package io.abacus.app.cli.statement;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.RootOptions;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.AccountChoice;
import io.abacus.app.cli.common.JsonOutput;
import io.abacus.app.cli.common.NodeOptions;
import io.abacus.app.cli.common.SavedNetworks;
import io.abacus.app.cli.input.CliInput;
import io.abacus.app.i18n.I18n;
import io.abacus.app.statements.StatementPdf;
import io.abacus.explorer.statement.ChainBlocks;
import io.abacus.explorer.statement.StatementBuilder;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.statement.SignedStatement;
import io.abacus.wallet.statement.Statement;
import io.abacus.wallet.storage.AtomicFile;
import io.abacus.wallet.token.NotAnErc20Exception;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultException;
import io.abacus.wallet.vault.Wallet;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code statement create}: builds the statement of one or more accounts of a wallet for a period
 * from the node (or the movements from an explorer index), signs it with every account's key and
 * writes the JSON file.
 */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = "Create a statement of account signed by each account (abacus-statement/1).")
public final class StatementCreateCommand implements Callable<Integer> {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin NodeOptions node = new NodeOptions();

  @Mixin IndexSourceOption index = new IndexSourceOption();

  @Option(names = "--wallet", required = true, paramLabel = "W", description = "Wallet name.")
  String walletName;

  @Option(
      names = "--account",
      required = true,
      paramLabel = "N|ADDR",
      description = "Account number or address; repeat for several accounts of the wallet.")
  List<String> accounts;

  @Option(
      names = "--password-file",
      paramLabel = "P",
      description = "File with the wallet password, or - (default: prompt).")
  String passwordFile;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (UTC).")
  LocalDate fromDay;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (UTC), included.")
  LocalDate toDay;

  @Option(names = "--from-block", paramLabel = "A", description = "First block.")
  Long fromBlock;

  @Option(names = "--to-block", paramLabel = "B", description = "Last block, included.")
  Long toBlock;

  @Option(
      names = "--token",
      paramLabel = "ADDR",
      description = "A token whose balances to show even if it did not move; repeatable.")
  List<String> tokens = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "F.json", description = "The file.")
  Path out;

  @Option(
      names = "--pdf",
      paramLabel = "F.pdf",
      description = "Also write the printable statement (in the language of the settings).")
  Path pdf;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  public StatementCreateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    boolean days = fromDay != null || toDay != null;
    boolean blocks = fromBlock != null || toBlock != null;
    if (days == blocks
        || (days && (fromDay == null || toDay == null))
        || (blocks && (fromBlock == null || toBlock == null))) {
      throw new ParameterException(
          spec.commandLine(), "give the period as --from and --to, or --from-block and --to-block");
    }
    List<Address> tokenAddresses = tokens.stream().map(StatementCreateCommand::token).toList();
    long chainId = node.requireChainId();
    Path data = ((RootOptions) spec.root().userObject()).dataDirectory();
    AddressBook book = AddressBook.open(data.resolve("address-book.json"));
    try (Wallet wallet = openWallet(data);
        JsonRpcClient client = node.json(TIMEOUT, Optional.empty())) {
      List<Signer> signers = new ArrayList<>();
      for (String which : accounts) {
        Account account = AccountChoice.pick(wallet, which);
        if (!account.canSign()) {
          throw new UserException(account.address() + " is a watch-only account: it cannot sign");
        }
        signers.add(wallet.signer(account.address()));
      }
      ChainBlocks.Range range =
          days
              ? new ChainBlocks(client).days(fromDay, toDay)
              : new ChainBlocks.Range(fromBlock, toBlock);
      Statement statement =
          new StatementBuilder(client, chainId, node.networkName(), index.source(client, chainId))
              .build(
                  signers.stream().map(Signer::address).toList(),
                  range.from(),
                  range.to(),
                  tokenAddresses,
                  a -> book.label(Address.parse(a)),
                  this::progress);
      SignedStatement signed = SignedStatement.sign(statement, signers);
      byte[] file = signed.toBytes();
      AtomicFile.write(out, file);
      if (pdf != null) {
        I18n i18n = new I18n(new SavedNetworks(data).load().language().locale());
        AtomicFile.write(pdf, new StatementPdf(i18n).render(signed, file, null));
      }
      print(signed);
    } catch (RpcException | NotAnErc20Exception | IllegalArgumentException e) {
      throw new UserException(e.getMessage(), e);
    }
    return 0;
  }

  private Wallet openWallet(Path data) {
    char[] password =
        new CliInput(context)
            .password(passwordFile, "--password-file", "Password of wallet " + walletName);
    try {
      return Vault.inDataFolder(data).open(walletName, password);
    } catch (VaultException e) {
      throw new UserException(e.getMessage(), e);
    } finally {
      SecretBytes.wipe(password);
    }
  }

  private static Address token(String text) {
    try {
      return Address.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserException("--token: " + e.getMessage());
    }
  }

  private void progress(long scanned, long head, long from) {
    if (head > from) {
      context.err().printf("scanned block %d of %d%n", scanned, head);
      context.err().flush();
    }
  }

  private void print(SignedStatement signed) {
    List<String> signers = signed.signatures().stream().map(s -> s.signer()).toList();
    int movements = signed.statement().movements().size();
    if (json) {
      ObjectNode o = JsonOutput.object();
      o.put("file", out.toString());
      o.put("movements", movements);
      ArrayNode list = o.putArray("signers");
      signers.forEach(list::add);
      JsonOutput.print(context.out(), o);
    } else {
      Statement.Period p = signed.statement().period();
      context
          .out()
          .printf(
              "wrote %s: %d movements in blocks %d to %d, signed by %s%n",
              out, movements, p.fromBlock(), p.toBlock(), String.join(", ", signers));
    }
  }
}
