package io.abacus.wallet.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.testkit.ThreadCost;
import io.abacus.wallet.signing.PrivateKeySigner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shapes issue 11 found signed wrongly, each with the digest and signature ethers 6.16 computes
 * (tools/devchain/differential.js, key keccak256("cow"), domain {"name":"n"}).
 */
class TypedDataShapesTest {

  static String doc(String types, String message) {
    return "{\"types\":{\"EIP712Domain\":[{\"name\":\"name\",\"type\":\"string\"}],"
        + types
        + "},\"primaryType\":\"T\",\"domain\":{\"name\":\"n\"},\"message\":"
        + message
        + "}";
  }

  static String t(String fieldType) {
    return "\"T\":[{\"name\":\"x\",\"type\":\"" + fieldType + "\"}]";
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bool[]|[true,false]|0xf18b43a5d5f2eab58f39e016cf341b836730c535db24ca8e56ea1dde8beefe4e"
            + "|0x5dc3098165f6177740bf3d30f22b28eaeadcc6594bd109f03f0a83f9c5ef9997"
            + "5aa0eb4196c3e93f9cb01c29bad56214be0a92d1e749f32d8ba49164215d57a01c",
        "bool[1]|[true]|0x012b6df4661163b7ef3957af7c6a76f45049314423545dca7f35cebf82414c65"
            + "|0x2c146e6edf41eb836e9cf598c46df30d6ff79802a00b18ef81a2db0269e2ce30"
            + "066dadac4f9e29bf032e3fec66f91d9edef646eed59318f0e120a7144efa22611c",
        "bytes4[]|[\"0x01020304\"]"
            + "|0xbd6705dd8807f8ac56f052d0edf2943a09ff93dd3a3663c9a14ab50491ac368c"
            + "|0x701880097eab8379b6d4b9fafd27976806da5051fcfb399d12ac44b04529be54"
            + "02b393ac510b8e227fc479f40b14dc7bcd17f0783dc2f35db517d3e634d233e81c",
        "uint8[1][1]|[[7]]|0xe80e804158ebfd5d18162c2fb913f951bf0f61cf8c9e074f237f3d3db96aace7"
            + "|0x6fbf7aff5d2dde64ede12c7c9667f7c690cf2e5c764c8f4795a15e68d4e6317a"
            + "0830169770bc32ad4eb8864f3115bfae0b90d08545489a07b1e87282b292c8021c",
        "uint8[2][]|[[1,2]]|0x201d8edebb9b3b4b859d32c65d45b1479183c033a06971b10c9cbcfe9da94dcc"
            + "|0xec54716408509a25a74bdeb069ff178d3bb723a252158a2079b19b3b69073314"
            + "5c19d1212653f2e35efd9efc015c5d6fdfe80e6b92603e6d2fa1562639d5730e1c",
        "uint8[][]|[[1,2],[],[3]]"
            + "|0x44ac06b47f234788d672f3f20c9c83feb84535a97c6223000615df2be2540761"
            + "|0x537fa9389555d390790ef197dc3878ca2add1cb634d71a2751c568c2d5a0e77a"
            + "0029c28bb6a374a11bd21311e632363a7821fec9c3cf0609138f8b6620d918f81b",
      })
  void atomicArraysHashAsEthersDoes(String type, String value, String digest, String signature) {
    assertDigestAndSignature(doc(t(type), "{\"x\":" + value + "}"), digest, signature);
  }

  @org.junit.jupiter.api.Test
  void nestedFixedArrayOfStructsHashesEachStructAndEachLevel() {
    assertDigestAndSignature(
        doc(t("S[1][1]") + ",\"S\":[{\"name\":\"a\",\"type\":\"uint8\"}]", "{\"x\":[[{\"a\":1}]]}"),
        "0xdc85cc67fa84956a7afc181f352991e4cf8801d2225861a4a4476f7f4a104e6c",
        "0x8cb1fd999a5724ea9f96910f914b6f0eda1cd57554f51064621c713c3ca45637"
            + "3dcbbe448d7113d05eb7006c9cff716dfec0d66f6098f82262e4fa083043b5c91b");
  }

  @org.junit.jupiter.api.Test
  void missingFieldIsRefusedWithItsPath() {
    assertThatThrownBy(() -> TypedData.parse(doc(t("uint256"), "{}")))
        .isInstanceOf(InvalidTypedDataException.class)
        .hasMessage("message.x: missing (declared in T)");
  }

  @org.junit.jupiter.api.Test
  void primaryTypeEip712DomainIsRefusedAsEthersDoes() {
    String json =
        "{\"types\":{\"EIP712Domain\":[{\"name\":\"name\",\"type\":\"string\"}]},"
            + "\"primaryType\":\"EIP712Domain\",\"domain\":{\"name\":\"n\"},"
            + "\"message\":{\"name\":\"n\"}}";
    assertThatThrownBy(() -> TypedData.parse(json))
        .isInstanceOf(InvalidTypedDataException.class)
        .hasMessageContaining("primaryType EIP712Domain")
        .hasMessageContaining("not supported");
  }

  @org.junit.jupiter.api.Test
  void inexactJsonNumberIsRefusedWithAdviceToQuoteIt() {
    assertThatThrownBy(() -> TypedData.parse(doc(t("uint256"), "{\"x\":1e21}")))
        .isInstanceOf(InvalidTypedDataException.class)
        .hasMessage(
            "message.x: the JSON number is too large to be exact;"
                + " quote it as a decimal or hex string");
    assertThat(TypedData.parse(doc(t("uint256"), "{\"x\":\"1000000000000000000000\"}")).digest())
        .isEqualTo(TypedData.parse(doc(t("uint256"), "{\"x\":\"0x3635c9adc5dea00000\"}")).digest());
  }

  @org.junit.jupiter.api.Test
  void strictRefusalsNameTheFieldPath() {
    String items =
        "\"T\":[{\"name\":\"items\",\"type\":\"I[]\"}],"
            + "\"I\":[{\"name\":\"amount\",\"type\":\"uint8\"}]";
    assertThatThrownBy(
            () ->
                TypedData.parse(
                    doc(items, "{\"items\":[{\"amount\":1},{\"amount\":2},{\"amount\":-1}]}")))
        .hasMessage("message.items[2].amount: -1 is out of range for uint8");
    assertThatThrownBy(() -> TypedData.parse(doc(t("uint8"), "{\"x\":1,\"y\":2}")))
        .hasMessageStartingWith("message.y: not a field of T");
    assertThatThrownBy(() -> TypedData.parse(doc(t("Nope"), "{\"x\":{}}")))
        .hasMessage("types.T.x: unknown type 'Nope'");
    assertThatThrownBy(() -> TypedData.parse(doc(t("bytes4"), "{\"x\":\"0x0102\"}")))
        .hasMessage("message.x: must have 4 bytes for bytes4, not 2");
    assertThatThrownBy(
            () -> TypedData.parse(doc(t("S") + ",\"S\":[{\"name\":\"t\",\"type\":\"T\"}]", "{}")))
        .hasMessageContaining("cyclic");
    assertThatThrownBy(
            () -> TypedData.parse(doc(t("address"), "{\"x\":\"0X" + "ab".repeat(20) + "\"}")))
        .hasMessage("message.x: must be an address (0x and 40 hex digits)");
    assertThatThrownBy(() -> TypedData.parse(doc(t("string"), "{\"x\":\"\\ud800\"}")))
        .hasMessage("message.x: the string holds an unpaired UTF-16 surrogate");
  }

  @org.junit.jupiter.api.Test
  void hugeTypeGraphsAreRefusedQuickly() {
    StringBuilder types = new StringBuilder(t("A0"));
    for (int i = 0; i < 200; i++) {
      types.append(",\"A").append(i).append("\":[");
      for (int f = 0; f < 40; f++) {
        types.append(f == 0 ? "" : ",").append("{\"name\":\"field").append(f);
        types.append("\",\"type\":\"").append(i < 199 ? "A" + (i + 1) : "uint8").append("\"}");
      }
      types.append("]");
    }
    // Quickly = little CPU (a busy machine stretches the wall time, kept as a backstop).
    ThreadCost cost =
        ThreadCost.of(
            () ->
                assertThatThrownBy(() -> TypedData.parse(doc(types.toString(), "{}")))
                    .hasMessageContaining("exceed the limit of 64 KiB"));
    assertThat(cost.cpuMs()).as("CPU: %s", cost).isLessThan(2_000);
    assertThat(cost.wallMs()).as("wall: %s", cost).isLessThan(20_000);
  }

  private static void assertDigestAndSignature(String json, String digest, String signature) {
    TypedData data = TypedData.parse(json);
    assertThat(data.digest().toHex()).isEqualTo(digest);
    try (PrivateKeySigner cow = PrivateKeySigner.of(MessageSigningTest.COW_KEY)) {
      assertThat(data.sign(cow).toHex()).isEqualTo(signature);
    }
  }
}
