package io.abacus.wallet.differential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.statement.SignedStatement;
import io.abacus.wallet.statement.Statement;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A signed statement checked with standard tools: ethers' {@code verifyMessage} over the JCS bytes
 * names the account, and JavaScript's own canonical form (the algorithm of the npm {@code
 * canonicalize} package) is byte for byte the one Abacus signed.
 */
@Tag("differential")
class StatementEthersTest {
  private static final String KEY =
      "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
  private static final String ACCOUNT = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
  private static final String TOKEN = "0x5fbdb2315678afecb367f032d93f642f64180aa3";

  @Test
  void ethersVerifyMessageNamesTheAccountAndJavaScriptCanonicalisesAlike() throws Exception {
    SignedStatement signed;
    try (PrivateKeySigner key = PrivateKeySigner.of(HexBytes.parse(KEY).toBytes())) {
      signed = SignedStatement.sign(statement(), List.of(key));
    }
    JsonNode file = new ObjectMapper().readTree(signed.toBytes());
    ArrayNode cases = JsonNodeFactory.instance.arrayNode();
    cases
        .addObject()
        .put("kind", "statement")
        .put("statement", file.get("statement").toString())
        .put("jcs", HexBytes.of(signed.signedBytes()).toHex())
        .put("signature", file.at("/signatures/0/signature").asText());

    JsonNode answer = EthersReference.run(cases).get(0);

    assertThat(answer.path("ok").asBoolean()).as(answer.toString()).isTrue();
    assertThat(answer.get("signer").asText().toLowerCase()).isEqualTo(ACCOUNT);
    assertThat(answer.get("canonical").asText())
        .isEqualTo(new String(signed.signedBytes(), StandardCharsets.UTF_8));
  }

  /** Labels with Chinese, an emoji, quotes and control characters exercise JCS string escaping. */
  private static Statement statement() {
    List<Statement.Asset> assets =
        List.of(new Statement.Asset("ETH", "ETH", 18), new Statement.Asset(TOKEN, "TUSD", 18));
    List<Statement.Movement> moves =
        List.of(
            new Statement.Movement(
                "0x" + "ab".repeat(32),
                12,
                "2026-11-01T08:00:00Z",
                ACCOUNT,
                "out",
                "0x70997970c51812dc3a010c7d01b50e0d17dc79c8",
                "供应商 \"Ltd\" \t😀 \u0001 é",
                "ETH",
                null,
                "0.000000000000000001",
                "0.000021"),
            new Statement.Movement(
                "0x" + "cd".repeat(32),
                13,
                "2026-11-02T08:00:00Z",
                ACCOUNT,
                "in",
                null,
                null,
                TOKEN,
                3,
                "123456789012345678901234567890.5",
                null));
    Statement draft =
        new Statement(
            Statement.FORMAT,
            31337,
            "Sandbox ✓",
            List.of(ACCOUNT),
            new Statement.Period(
                10,
                "0x" + "0".repeat(64),
                "2026-11-01T00:00:00Z",
                20,
                "0x" + "f".repeat(64),
                "2026-11-03T00:00:00Z"),
            assets,
            List.of(new Statement.Balance(ACCOUNT, "ETH", "1", "0.999979")),
            List.of(),
            List.of(),
            List.of(),
            0);
    return draft.withMovements(moves);
  }
}
