package io.abacus.app.cli.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.cli.CliRunner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Hash;

class MessageCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String COW = "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826";
  static final String MAIL_SIGNATURE =
      "0x4355c47d63924e8a72e509b65029052eb6c299d53a04e167c5775fd466751c9d07299936d304c153f6443dfa05f40ff007d72911b6f72307f996231605b915621c";

  @TempDir Path dir;

  CliRunner cli() {
    return new CliRunner(dir.resolve("data"));
  }

  Path cowKey() throws IOException {
    byte[] key = Hash.sha3("cow".getBytes(StandardCharsets.UTF_8));
    return Files.writeString(dir.resolve("cow.key"), HexFormat.of().formatHex(key));
  }

  Path mail() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/io/abacus/app/cli/message/mail.json")) {
      return Files.write(dir.resolve("mail.json"), in.readAllBytes());
    }
  }

  @Test
  void signsTheEip712MailExampleExactly() throws IOException {
    CliRunner.Result r =
        cli()
            .run(
                "message",
                "sign",
                "--private-key-file",
                cowKey().toString(),
                "--typed-data-file",
                mail().toString(),
                "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode out = JSON.readTree(r.out());
    assertThat(out.get("signature").asText()).isEqualTo(MAIL_SIGNATURE);
    assertThat(out.get("address").asText()).isEqualTo(COW);

    CliRunner.Result v =
        cli()
            .run(
                "message",
                "verify",
                "--typed-data-file",
                mail().toString(),
                "--signature",
                MAIL_SIGNATURE,
                "--address",
                COW);
    assertThat(v.exitCode()).as(v.err()).isZero();
    assertThat(v.out().strip()).isEqualTo(COW);
  }

  @Test
  void personalSignTextAndHexBytesVerify() throws IOException {
    Path text = Files.writeString(dir.resolve("m.txt"), "Invoice 17 paid");
    Path hex = Files.writeString(dir.resolve("m.hex"), "0x00ff10\n");
    for (String[] args :
        new String[][] {
          {"--message-file", text.toString()}, {"--message-file", hex.toString(), "--hex"}
        }) {
      String[] sign =
          concat(
              new String[] {"message", "sign", "--private-key-file", cowKey().toString(), "--json"},
              args);
      CliRunner.Result r = cli().run(sign);
      assertThat(r.exitCode()).as(r.err()).isZero();
      String signature = JSON.readTree(r.out()).get("signature").asText();
      assertThat(signature).hasSize(132).endsWith(signature.endsWith("1b") ? "1b" : "1c");
      String[] verify =
          concat(new String[] {"message", "verify", "--signature", signature, "--json"}, args);
      CliRunner.Result v = cli().run(verify);
      assertThat(JSON.readTree(v.out()).get("address").asText()).isEqualTo(COW);
    }
    CliRunner.Result asText =
        cli()
            .run(
                "message",
                "verify",
                "--message-file",
                hex.toString(),
                "--signature",
                JSON.readTree(
                        cli()
                            .run(
                                "message",
                                "sign",
                                "--private-key-file",
                                cowKey().toString(),
                                "--message-file",
                                hex.toString(),
                                "--hex",
                                "--json")
                            .out())
                    .get("signature")
                    .asText(),
                "--address",
                COW);
    assertThat(asText.exitCode()).isEqualTo(1);
    assertThat(asText.err()).startsWith("error: signature is by 0x").contains("not by " + COW);
  }

  @Test
  void errorsAreSpecific() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"types\":{}}");
    CliRunner.Result r =
        cli()
            .run(
                "message",
                "sign",
                "--private-key-file",
                cowKey().toString(),
                "--typed-data-file",
                bad.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: ").contains("lacks 'primaryType'");
    CliRunner.Result both =
        cli()
            .run(
                "message",
                "sign",
                "--private-key-file",
                cowKey().toString(),
                "--typed-data-file",
                bad.toString(),
                "--message-file",
                bad.toString());
    assertThat(both.exitCode()).isEqualTo(2);
    CliRunner.Result v =
        cli()
            .run(
                "message",
                "verify",
                "--typed-data-file",
                mail().toString(),
                "--signature",
                "0x1234");
    assertThat(v.err()).contains("must be 65 bytes");
  }

  @Test
  void verifyRefusesTheHighSTwinOfAValidSignature() throws IOException {
    byte[] sig = HexFormat.of().parseHex(MAIL_SIGNATURE.substring(2));
    java.math.BigInteger n =
        new java.math.BigInteger(
            "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);
    java.math.BigInteger s = new java.math.BigInteger(1, java.util.Arrays.copyOfRange(sig, 32, 64));
    byte[] highS = n.subtract(s).toByteArray();
    System.arraycopy(highS, highS.length - 32, sig, 32, 32);
    sig[64] = (byte) (sig[64] == 27 ? 28 : 27);
    CliRunner.Result v =
        cli()
            .run(
                "message",
                "verify",
                "--typed-data-file",
                mail().toString(),
                "--signature",
                "0x" + HexFormat.of().formatHex(sig));
    assertThat(v.exitCode()).isEqualTo(1);
    assertThat(v.err().strip())
        .startsWith("error: --signature: the signature has a high s value")
        .doesNotContain("\n");
  }

  @Test
  void typedDataShapesWeb3jGotWrongSignAsEthersAndErrorsAreOneLine() throws IOException {
    String types =
        "{\"types\":{\"EIP712Domain\":[{\"name\":\"name\",\"type\":\"string\"}],"
            + "\"T\":[{\"name\":\"x\",\"type\":\"bool[]\"}]},\"primaryType\":\"T\","
            + "\"domain\":{\"name\":\"n\"},\"message\":";
    Path good = Files.writeString(dir.resolve("bools.json"), types + "{\"x\":[true,false]}}");
    CliRunner.Result r =
        cli()
            .run(
                "message",
                "sign",
                "--private-key-file",
                cowKey().toString(),
                "--typed-data-file",
                good.toString(),
                "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    // ethers 6.16: TypedDataEncoder.hash + SigningKey(keccak256("cow")).sign
    assertThat(JSON.readTree(r.out()).get("signature").asText())
        .isEqualTo(
            "0x5dc3098165f6177740bf3d30f22b28eaeadcc6594bd109f03f0a83f9c5ef9997"
                + "5aa0eb4196c3e93f9cb01c29bad56214be0a92d1e749f32d8ba49164215d57a01c");
    Path bad = Files.writeString(dir.resolve("bad.json"), types + "{\"x\":[1,false]}}");
    CliRunner.Result refused =
        cli()
            .run(
                "message",
                "sign",
                "--private-key-file",
                cowKey().toString(),
                "--typed-data-file",
                bad.toString());
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err().strip())
        .isEqualTo("error: " + bad + ": message.x[0]: must be true or false");
  }

  @Test
  void verifyHelpSaysWhatHexMeans() {
    CliRunner.Result help = cli().run("message", "verify", "--help");
    assertThat(help.out().replaceAll("\\s+", " "))
        .contains("the bytes it spells are what is signed or verified");
  }

  static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
