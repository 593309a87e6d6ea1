package io.abacus.app.cli.tx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TxSignCommandTest {
  static final String EIP155_RAW =
      "0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  CliRunner.Result sign(String txJson, String key) throws IOException {
    return new CliRunner(dir.resolve("data"))
        .run(
            "tx",
            "sign",
            "--tx",
            write("tx.json", txJson).toString(),
            "--private-key-file",
            write("key", key).toString(),
            "--json");
  }

  @Test
  void eip155ExampleWithNumbersDecimalStringsOrHex() throws IOException {
    String key = "0x" + "46".repeat(32) + "\n";
    for (String tx :
        new String[] {
          "{\"type\":0,\"chainId\":1,\"nonce\":9,\"to\":\"0x3535353535353535353535353535353535353535\",\"value\":1000000000000000000,\"gasLimit\":21000,\"gasPrice\":20000000000,\"data\":\"0x\"}",
          "{\"chainId\":\"1\",\"nonce\":\"9\",\"to\":\"0x3535353535353535353535353535353535353535\",\"value\":\"1000000000000000000\",\"gasLimit\":\"21000\",\"gasPrice\":\"20000000000\"}",
          "{\"type\":\"0x0\",\"chainId\":\"0x1\",\"nonce\":\"0x9\",\"to\":\"0x3535353535353535353535353535353535353535\",\"value\":\"0xde0b6b3a7640000\",\"gasLimit\":\"0x5208\",\"gasPrice\":\"0x4a817c800\",\"accessList\":null}",
          "{\"chainId\":1,\"nonce\":9.0,\"to\":\"0x3535353535353535353535353535353535353535\",\"value\":1e18,\"gasLimit\":2.1E4,\"gasPrice\":2e10}"
        }) {
      CliRunner.Result r = sign(tx, key.replace("0x", ""));
      assertThat(r.err()).isEmpty();
      assertThat(r.exitCode()).isZero();
      JsonNode out = JSON.readTree(r.out());
      assertThat(r.out().strip().lines()).hasSize(1);
      assertThat(out.get("raw").asText()).isEqualTo(EIP155_RAW);
      assertThat(out.get("from").asText()).isEqualTo("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F");
      assertThat(out.get("hash").asText())
          .isEqualTo("0x33469b22e9f636356c4160a87eb19df52b7412e8eac32a4a55ffe88ea8350788");
      assertThat(out.size()).isEqualTo(3);
    }
  }

  @Test
  void dynamicFeeContractCreationWithAccessList() throws IOException {
    CliRunner.Result r =
        sign(
            "{\"type\":2,\"chainId\":31337,\"nonce\":0,\"to\":null,\"value\":0,\"gasLimit\":\"100000\",\"maxFeePerGas\":\"0x3b9aca00\",\"maxPriorityFeePerGas\":1,\"data\":\"0x6080\",\"accessList\":[{\"address\":\"0x3535353535353535353535353535353535353535\",\"storageKeys\":[\"0x0000000000000000000000000000000000000000000000000000000000000001\"]}]}",
            "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode out = JSON.readTree(r.out());
    assertThat(out.get("raw").asText()).startsWith("0x02");
    assertThat(out.get("from").asText()).isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
  }

  @Test
  void badInputGivesOneLineErrors() throws IOException {
    String key = "46".repeat(32);
    assertError(
        sign("{\"chainId\":1,\"nonce\":1,\"gasLimit\":1}", key), "field 'gasPrice' is missing");
    assertError(
        sign("{\"chainId\":1,\"nonce\":1,\"gasLimit\":1,\"gasPrice\":1,\"gasprice\":2}", key),
        "unknown field 'gasprice'");
    assertError(
        sign(
            "{\"type\":2,\"chainId\":1,\"nonce\":1,\"gasLimit\":1,\"gasPrice\":1,\"maxFeePerGas\":1,\"maxPriorityFeePerGas\":1}",
            key),
        "'gasPrice' does not belong in a type 2 transaction");
    assertError(
        sign("{\"chainId\":1,\"nonce\":-1,\"gasLimit\":1,\"gasPrice\":1}", key),
        "nonce must not be negative");
    assertError(
        sign("{\"chainId\":1,\"nonce\":\"1.5\",\"gasLimit\":1,\"gasPrice\":1}", key),
        "nonce '1.5' is not a whole number");
    assertError(
        sign("{\"chainId\":1,\"nonce\":1.5,\"gasLimit\":1,\"gasPrice\":1}", key),
        "field 'nonce' = 1.5 is not a whole number");
    assertError(sign("{\"chainId\":1,", key), "is not valid JSON");
    String tx =
        "{\"chainId\":1,\"nonce\":1,\"gasLimit\":21000,\"gasPrice\":1,\"to\":\"0x3535353535353535353535353535353535353535\"}";
    CliRunner.Result shortKey = sign(tx, "abcd");
    assertError(shortKey, "must hold 64 hex digits");
    assertThat(shortKey.err()).doesNotContain("abcd");
    CliRunner.Result zeroKey = sign(tx, "00".repeat(32));
    assertError(zeroKey, "does not hold a valid secp256k1 private key");
    assertError(
        sign(tx.replace("}", ",\"from\":\"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\"}"), key),
        "is from 0xf39F");
    assertError(
        sign(
            tx.replace(
                "0x3535353535353535353535353535353535353535",
                "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
            key),
        "wrong EIP-55 checksum");
  }

  @Test
  void unknownVersionsAndOversizedFilesAreRefused() throws IOException {
    String key = "46".repeat(32);
    String tx =
        "{\"chainId\":1,\"nonce\":1,\"gasLimit\":21000,\"gasPrice\":1,"
            + "\"to\":\"0x3535353535353535353535353535353535353535\"";
    assertError(
        sign(tx + ",\"format\":\"abacus-unsigned-tx\",\"version\":2}", key),
        "has version 2; this Abacus reads version 1");
    assertError(sign(tx + ",\"version\":\"1\"}", key), "has version \"1\"");
    assertThat(sign(tx + ",\"version\":1}", key).exitCode()).isZero();

    CliRunner.Result huge = sign(tx + ",\"data\":\"0x" + "00".repeat(600_000) + "\"}", key);
    assertError(huge, "is larger than the limit of 1 MiB");
    Path bigSigned = write("big-signed.json", "{\"raw\":\"0x" + "ab".repeat(600_000) + "\"}");
    CliRunner.Result broadcast =
        new CliRunner(dir.resolve("data"))
            .run(
                "tx", "broadcast", "--signed", bigSigned.toString(), "--rpc", "http://127.0.0.1:1");
    assertError(broadcast, "signed transaction file " + bigSigned + " is larger than the limit");
  }

  @Test
  void writesTheSignedFileAtomically() throws IOException {
    Path out = dir.resolve("signed.json");
    CliRunner.Result r =
        new CliRunner(dir.resolve("data"))
            .run(
                "tx",
                "sign",
                "--tx",
                write(
                        "tx.json",
                        "{\"chainId\":1,\"nonce\":9,\"to\":\"0x3535353535353535353535353535353535353535\",\"value\":\"1000000000000000000\",\"gasLimit\":21000,\"gasPrice\":20000000000}")
                    .toString(),
                "--private-key-file",
                write("key", "46".repeat(32)).toString(),
                "--out",
                out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode file = JSON.readTree(out.toFile());
    assertThat(file.get("format").asText()).isEqualTo("abacus-signed-tx");
    assertThat(file.get("version").asInt()).isEqualTo(1);
    assertThat(file.get("raw").asText()).isEqualTo(EIP155_RAW);
  }

  static void assertError(CliRunner.Result r, String message) {
    assertThat(r.exitCode()).as(r.out()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: ").contains(message);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.out()).isEmpty();
  }
}
