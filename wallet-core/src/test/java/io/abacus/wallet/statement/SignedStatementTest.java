package io.abacus.wallet.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.message.PersonalMessage;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.signing.Signature;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignedStatementTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static SignedStatement signed(Statement s) {
    try (PrivateKeySigner key =
        PrivateKeySigner.of(HexBytes.parse(StatementFixtures.KEY).toBytes())) {
      return SignedStatement.sign(s, List.of(key));
    }
  }

  @Test
  void signsTheJcsBytesWithPersonalSignAndReadsItsOwnFileBack() throws Exception {
    SignedStatement file = signed(StatementFixtures.statement());
    SignedStatement read = SignedStatement.parse(file.toBytes());

    assertThat(read.statement()).isEqualTo(StatementFixtures.statement());
    assertThat(read.checkSignatures()).isEmpty();
    assertThat(read.validSigners()).containsExactly(Address.parse(StatementFixtures.ACCOUNT));
    String canonical = new String(read.signedBytes(), StandardCharsets.UTF_8);
    assertThat(canonical).startsWith("{\"accounts\":[\"" + StatementFixtures.ACCOUNT + "\"]");
    assertThat(canonical).contains("\"amount\":\"1.5\"").doesNotContain(" \"").doesNotContain("\n");
    Signature sig =
        Signature.fromBytes65(HexBytes.parse(read.signatures().get(0).signature()).toBytes());
    assertThat(PersonalMessage.recover(canonical.getBytes(StandardCharsets.UTF_8), sig))
        .isEqualTo(Address.parse(StatementFixtures.ACCOUNT));
    assertThat(read.statement().totals())
        .contains(new Statement.Total("ETH", "0", "1.5", "0.000021"))
        .contains(new Statement.Total(StatementFixtures.TOKEN, "250.25", "0", "0"));
    assertThat(read.statement().months()).hasSize(2);
    assertThat(read.statement().counterparties()).isEqualTo(1);
  }

  @Test
  void signatureStillHoldsWhenTheFileIsReformattedOrReordered() throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(signed(StatementFixtures.statement()).toBytes());
    ObjectNode statement = (ObjectNode) root.get("statement");
    ObjectNode reordered = JSON.createObjectNode();
    List<String> names = new java.util.ArrayList<>();
    statement.fieldNames().forEachRemaining(names::add);
    java.util.Collections.reverse(names);
    names.forEach(n -> reordered.set(n, statement.get(n)));
    root.set("statement", reordered);
    SignedStatement read = SignedStatement.parse(JSON.writeValueAsBytes(root));
    assertThat(read.checkSignatures()).isEmpty();
  }

  @Test
  void anEditWithoutReSigningIsASignatureProblem() throws Exception {
    SignedStatement file = signed(StatementFixtures.statement());
    String text =
        new String(file.toBytes(), StandardCharsets.UTF_8).replace("\"250.25\"", "\"2500.25\"");
    SignedStatement edited = SignedStatement.parse(text.getBytes(StandardCharsets.UTF_8));
    assertThat(edited.checkSignatures())
        .extracting(StatementProblem::kind)
        .containsOnly(StatementProblem.Kind.SIGNATURE)
        .isNotEmpty();
    assertThat(edited.validSigners()).isEmpty();
  }

  @Test
  void aSignatureByAnotherKeyIsASignatureProblem() {
    Statement s = StatementFixtures.statement();
    try (PrivateKeySigner other =
        PrivateKeySigner.of(HexBytes.parse(StatementFixtures.OTHER_KEY).toBytes())) {
      assertThatThrownBy(() -> SignedStatement.sign(s, List.of(other)))
          .isInstanceOf(IllegalArgumentException.class);
      Statement theirs =
          new Statement(
              s.format(),
              s.chainId(),
              s.chainName(),
              List.of(other.address().toLowerHex()),
              s.period(),
              s.assets(),
              s.balances(),
              s.movements(),
              s.totals(),
              s.months(),
              s.counterparties());
      SignedStatement signedByOther = SignedStatement.sign(theirs, List.of(other));
      SignedStatement claimed = signedByOther.withUnsignedStatement(s);
      assertThat(claimed.checkSignatures())
          .extracting(StatementProblem::kind)
          .containsOnly(StatementProblem.Kind.SIGNATURE);
      assertThat(claimed.checkSignatures())
          .anySatisfy(p -> assertThat(p.detail()).contains("no valid signature by account"));
    }
  }

  @Test
  void refusesOtherFormatsAndNonStatements() {
    assertThatThrownBy(() -> SignedStatement.parse("[]".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("not a statement file");
    String other = "{\"statement\":{\"format\":\"abacus-statement/2\"},\"signatures\":[]}";
    assertThatThrownBy(() -> SignedStatement.parse(other.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("unsupported statement format 'abacus-statement/2'");
  }
}
