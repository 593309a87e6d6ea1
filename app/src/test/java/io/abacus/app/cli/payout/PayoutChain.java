package io.abacus.app.cli.payout;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.cli.CliRunner;
import io.abacus.app.payments.Testbed;
import io.abacus.app.sandbox.TestUsd;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.Contracts;
import io.abacus.testkit.DevAccount;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.contacts.Contact;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.payout.PayoutJournal;
import io.abacus.wallet.token.AddedTokens;
import io.abacus.wallet.token.Token;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data folder with the test wallet "shop" (account 0 = anvil's funded dev account 0), two tokens
 * the account holds (Test USD by symbol, 6 decimals, and an 18-decimal "DMD" by address) and a
 * payout CSV to fresh recipients, some of them by address-book name.
 */
final class PayoutChain {
  final Path dir;
  final Anvil anvil;
  final CliRunner cli;
  final Path password;
  final Address tusd;
  final Address dmd;

  /** One CSV row and its recipient. */
  record Payee(
      String to, Address address, String amount, String asset, Address token, int decimals) {}

  PayoutChain(Path dir, Anvil anvil) throws Exception {
    this.dir = dir;
    this.anvil = anvil;
    this.cli = new CliRunner(dir.resolve("data"), Map.of("ABACUS_VAULT_SCRYPT_N", "16384"));
    password = Files.writeString(dir.resolve("pw"), Testbed.PASSWORD + "\n");
    Path words = Files.writeString(dir.resolve("words"), Testbed.MNEMONIC + "\n");
    CliRunner.Result r =
        cli.run(
            "wallet",
            "restore",
            "shop",
            "--mnemonic-file",
            words.toString(),
            "--password-file",
            password.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    DevAccount owner = anvil.account(0);
    Address payer = Address.parse(owner.address());
    tusd =
        Address.parse(
            Contracts.deploy(
                anvil,
                owner,
                new Contracts.Artifact("TestUSD", TestUsd.abiJson(), TestUsd.bytecode()),
                ""));
    mint(owner, tusd, payer, TestUsd.ONE.multiply(BigInteger.valueOf(1_000_000)));
    dmd = Testbed.deployToken(anvil, owner, payer, BigInteger.TEN.pow(24));
    Network network =
        new Network(
            "chain-31337",
            "chain 31337",
            31337,
            anvil.rpcUrl(),
            "ETH",
            18,
            null,
            Network.Kind.CUSTOM,
            false);
    AddedTokens.inDataDirectory(data()).add(network, new Token(tusd, "TUSD", "Test USD", 6));
  }

  /** Deploys the committed multi-send contract (as the Sandbox does) and returns its address. */
  Address deployMultiSend() {
    return Address.parse(
        Contracts.deploy(
            anvil,
            anvil.account(1),
            new Contracts.Artifact(
                "MultiSend", "[]", io.abacus.app.sandbox.MultiSendContract.bytecode()),
            ""));
  }

  /** How many Transfer logs of {@code token} each recipient got. */
  Map<Address, Integer> transfers(Address token) {
    Map<String, Object> filter = new LinkedHashMap<>();
    filter.put("fromBlock", "0x0");
    filter.put("toBlock", "latest");
    filter.put("address", token.toLowerHex());
    filter.put(
        "topics", List.of("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"));
    Map<Address, Integer> counts = new java.util.HashMap<>();
    for (com.fasterxml.jackson.databind.JsonNode log : anvil.call("eth_getLogs", filter)) {
      String to = log.get("topics").get(2).asText();
      counts.merge(Address.parse("0x" + to.substring(26)), 1, Integer::sum);
    }
    return counts;
  }

  Path data() {
    return dir.resolve("data");
  }

  private void mint(DevAccount owner, Address token, Address to, BigInteger units) {
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", owner.address());
    tx.put("to", token.toString());
    tx.put(
        "data",
        "0x40c10f19"
            + String.format("%64s", to.toLowerHex().substring(2)).replace(' ', '0')
            + String.format("%64s", units.toString(16)).replace(' ', '0'));
    Testbed.awaitReceipt(anvil, anvil.call("eth_sendTransaction", tx).asText());
  }

  /** {@code n} rows to fresh addresses: ETH, TUSD by symbol and DMD by address in turn. */
  List<Payee> payees(int n, String seed) throws Exception {
    AddressBook book = AddressBook.open(data().resolve("address-book.json"));
    List<Payee> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byte[] h =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest((seed + i).getBytes(StandardCharsets.UTF_8));
      Address a = Address.of(java.util.Arrays.copyOf(h, 20));
      String to = a.toString();
      if (i % 7 == 0) {
        to = "Supplier " + seed + " " + i;
        book.put(new Contact(a, to, ""));
      }
      String amount = "0.0" + (i + 1) + "5";
      switch (i % 3) {
        case 0 -> out.add(new Payee(to, a, amount, "ETH", null, 18));
        case 1 -> out.add(new Payee(to, a, (i + 1) + ".25", "TUSD", tusd, 6));
        default -> out.add(new Payee(to, a, (i + 1) + ".5", dmd.toLowerHex(), dmd, 18));
      }
    }
    return out;
  }

  Path csv(String name, List<Payee> payees) throws Exception {
    StringBuilder text = new StringBuilder("to,amount,asset,reference\r\n");
    for (int i = 0; i < payees.size(); i++) {
      Payee p = payees.get(i);
      text.append('"')
          .append(p.to())
          .append("\",")
          .append(p.amount())
          .append(',')
          .append(p.asset())
          .append(",invoice ")
          .append(i + 1)
          .append("\r\n");
    }
    return Files.writeString(dir.resolve(name), text.toString());
  }

  /** What {@code who} holds of the payee's asset, in base units. */
  BigInteger balance(Payee p) {
    return p.token() == null
        ? Testbed.client(anvil).balance(p.address(), "latest")
        : Testbed.tokenBalance(anvil, p.token(), p.address());
  }

  static BigInteger units(Payee p) {
    return new BigDecimal(p.amount()).movePointRight(p.decimals()).toBigIntegerExact();
  }

  String[] nodeArgs() {
    return new String[] {"--rpc", anvil.rpcUrl(), "--chain-id", "31337"};
  }

  String[] account() {
    return new String[] {
      "--wallet", "shop", "--account", "0", "--password-file", password.toString()
    };
  }

  Path defaultJournal(Path csv) throws Exception {
    return PayoutJournal.defaultFile(data(), Files.readAllBytes(csv));
  }

  static String[] args(String[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
  }
}
