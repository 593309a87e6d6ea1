package io.abacus.explorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.wallet.rpc.JsonCursor;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming reader of blocks and receipts, field by field. */
class BlockJsonTest {
  private static final String A1 = "0x" + "11".repeat(20);
  private static final String A2 = "0x" + "22".repeat(20);
  private static final String H1 = "0x" + "aa".repeat(32);
  private static final String H2 = "0x" + "bb".repeat(32);
  private static final String TOPIC = "0x" + "cc".repeat(32);

  /** Fields the index does not keep, of every JSON kind, to be skipped. */
  private static final String UNKNOWN =
      "\"logsBloom\":\"0x"
          + "00".repeat(256)
          + "\",\"uncles\":[],\"extra\":{\"a\":[1,{\"b\":null}]},"
          + "\"size\":12,\"mined\":true,\"note\":null,";

  private static JsonCursor at(String json) {
    return new JsonCursor(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String tx(String extra) {
    return "{"
        + UNKNOWN
        + "\"hash\":\""
        + H2
        + "\",\"from\":\""
        + A1
        + "\",\"to\":\""
        + A2
        + "\",\"value\":\"0x1000000000000000000000000\",\"nonce\":\"0x7\",\"gas\":\"0x5208\","
        + "\"gasPrice\":\"0x3b9aca00\",\"type\":\"0x2\",\"input\":\"0xa9059cbb\","
        + "\"accessList\":[{\"address\":\""
        + A1
        + "\",\"storageKeys\":[]}],"
        + extra
        + "\"transactionIndex\":\"0x0\"}";
  }

  @Test
  void readsEveryFieldOfABlockAndSkipsTheOthers() throws IOException {
    String json =
        "{\"number\":\"0x2a\","
            + UNKNOWN
            + "\"hash\":\""
            + H1
            + "\",\"parentHash\":\""
            + H2
            + "\",\"timestamp\":\"0x65000000\",\"miner\":\""
            + A1
            + "\",\"gasUsed\":\"0x5208\",\"gasLimit\":\"0x1c9c380\",\"baseFeePerGas\":\"0x7\","
            + "\"transactions\":["
            + tx("")
            + "],\"withdrawals\":[{\"index\":\"0x1\"}]}";
    JsonCursor p = at(json + " ,");

    BlockJson.Block b = BlockJson.block(p);

    assertThat(p.peek()).isEqualTo(','); // all of the block read, nothing after it
    assertThat(b.number).isEqualTo(42);
    assertThat(b.hash).hasSize(32).containsOnly((byte) 0xaa);
    assertThat(b.parentHash).hasSize(32).containsOnly((byte) 0xbb);
    assertThat(b.timestamp).isEqualTo(0x65000000L);
    assertThat(b.miner).hasSize(20).containsOnly((byte) 0x11);
    assertThat(b.gasUsed).isEqualTo(21_000);
    assertThat(b.gasLimit).isEqualTo(30_000_000);
    assertThat(b.baseFee).isEqualTo(BigInteger.valueOf(7));
    BlockJson.Tx t = b.txs.get(0);
    assertThat(t.hash).containsOnly((byte) 0xbb);
    assertThat(t.from).containsOnly((byte) 0x11);
    assertThat(t.to).containsOnly((byte) 0x22);
    assertThat(t.value).isEqualTo(BigInteger.ONE.shiftLeft(96));
    assertThat(t.nonce).isEqualTo(7);
    assertThat(t.gas).isEqualTo(21_000);
    assertThat(t.gasPrice).isEqualTo(BigInteger.valueOf(1_000_000_000));
    assertThat(t.type).isEqualTo(2);
    assertThat(t.input).containsExactly(0xa9, 0x05, 0x9c, 0xbb);
    assertThat(t.index).isZero();
  }

  @Test
  void nullsReadAsAbsentValues() throws IOException {
    String json =
        "{\"number\":\"0x1\",\"hash\":\""
            + H1
            + "\",\"parentHash\":\""
            + H2
            + "\",\"miner\":null,\"baseFeePerGas\":null,\"transactions\":["
            + tx("\"to\":null,\"gasPrice\":null,\"type\":null,\"input\":null,")
                .replace("\"to\":\"" + A2 + "\",", "")
                .replace(
                    "\"gasPrice\":\"0x3b9aca00\",\"type\":\"0x2\",\"input\":\"0xa9059cbb\",", "")
            + "]}";

    BlockJson.Block b = BlockJson.block(at(json));

    assertThat(b.miner).isNull();
    assertThat(b.baseFee).isNull();
    assertThat(b.timestamp).isEqualTo(-1); // missing: BlockParser names it
    BlockJson.Tx t = b.txs.get(0);
    assertThat(t.to).isNull();
    assertThat(t.gasPrice).isNull();
    assertThat(t.type).isZero();
    assertThat(t.input).isEmpty();

    BlockJson.Receipt r =
        BlockJson.receipt(
            at(
                "{\"status\":null,\"effectiveGasPrice\":null,\"contractAddress\":null,"
                    + "\"logs\":null,\"gasUsed\":\"0x1\"}"));
    assertThat(r.status).isNull();
    assertThat(r.effectiveGasPrice).isNull();
    assertThat(r.contract).isNull();
    assertThat(r.logs).isEmpty();
    assertThat(BlockJson.receipts(at("[null]"))).containsExactly((BlockJson.Receipt) null);
  }

  @Test
  void readsEveryFieldOfAReceiptAndItsLogs() throws IOException {
    String json =
        "[{"
            + UNKNOWN
            + "\"transactionHash\":\""
            + H2
            + "\",\"blockHash\":\""
            + H1
            + "\",\"status\":\"0x1\",\"gasUsed\":\"0x5208\",\"effectiveGasPrice\":\"0x3b9aca07\","
            + "\"contractAddress\":\""
            + A2
            + "\",\"logs\":[{\"removed\":false,\"logIndex\":\"0x3\",\"address\":\""
            + A1
            + "\",\"topics\":[\""
            + TOPIC
            + "\"],\"data\":\"0x0102\"},{\"logIndex\":\"0x4\",\"address\":\""
            + A2
            + "\",\"topics\":null,\"data\":null}]}]";

    List<BlockJson.Receipt> list = BlockJson.receipts(at(json));

    BlockJson.Receipt r = list.get(0);
    assertThat(r.txHash).containsOnly((byte) 0xbb);
    assertThat(r.blockHash).containsOnly((byte) 0xaa);
    assertThat(r.status).isEqualTo(1);
    assertThat(r.gasUsed).isEqualTo(21_000);
    assertThat(r.effectiveGasPrice).isEqualTo(BigInteger.valueOf(1_000_000_007));
    assertThat(r.contract).containsOnly((byte) 0x22);
    assertThat(r.logs).hasSize(2);
    assertThat(r.logs.get(0).index()).isEqualTo(3);
    assertThat(r.logs.get(0).address()).containsOnly((byte) 0x11);
    assertThat(r.logs.get(0).topics()).singleElement().satisfies(t -> assertThat(t).hasSize(32));
    assertThat(r.logs.get(0).data()).containsExactly(1, 2);
    assertThat(r.logs.get(1).topics()).isEmpty();
    assertThat(r.logs.get(1).data()).isEmpty();
  }

  @Test
  void malformedValuesAreOneErrorNamingTheField() {
    assertThatThrownBy(() -> BlockJson.block(at("{\"number\":\"0xzz\"}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number has a non-hex character 'z'");
    assertThatThrownBy(() -> BlockJson.block(at("{\"number\":\"0x" + "f".repeat(100) + "\"}")))
        .hasMessageStartingWith("number is too large");
    assertThatThrownBy(() -> BlockJson.block(at("{\"number\":42}")))
        .hasMessage("number is not a hex string: 42");
    assertThatThrownBy(() -> BlockJson.block(at("{\"hash\":\"0x1234\"}")))
        .hasMessage("hash has 2 bytes, not 32");
    assertThatThrownBy(() -> BlockJson.block(at("{\"transactions\":[\"" + H1 + "\"]}")))
        .hasMessage("transactions are not full transaction objects");
    assertThatThrownBy(() -> BlockJson.block(at("{\"transactions\":{}}")))
        .hasMessage("transactions is not a JSON list");
    assertThatThrownBy(() -> BlockJson.block(at("[]")))
        .hasMessage("the block is not a JSON object");
    assertThatThrownBy(() -> BlockJson.block(at("{\"transactions\":[{\"from\":\"" + A1 + "\"}]}")))
        .hasMessage("a transaction has no hash");
    assertThatThrownBy(() -> BlockJson.receipts(at("{}")))
        .hasMessage("the receipts is not a JSON list");
    assertThatThrownBy(() -> BlockJson.receipt(at("{\"logs\":[{\"address\":\"" + A1 + "\"}]}")))
        .hasMessage("a log has no logIndex");
    assertThatThrownBy(
            () ->
                BlockJson.receipt(
                    at(
                        "{\"logs\":[{\"logIndex\":\"0x0\",\"address\":\""
                            + A1
                            + "\","
                            + "\"topics\":[\"0x01\"]}]}")))
        .hasMessage("a log topic has 1 bytes");
    String five = ("\"" + TOPIC + "\",").repeat(5);
    assertThatThrownBy(
            () ->
                BlockJson.receipt(
                    at(
                        "{\"logs\":[{\"logIndex\":\"0x0\",\"address\":\""
                            + A1
                            + "\","
                            + "\"topics\":["
                            + five.substring(0, five.length() - 1)
                            + "]}]}")))
        .hasMessage("a log has more than 4 topics");
  }

  @Test
  void aKeptFieldGivenTwiceIsOneError() {
    assertThatThrownBy(
            () -> BlockJson.block(at("{\"hash\":\"" + H1 + "\",\"h\\u0061sh\":\"" + H2 + "\"}")))
        .hasMessage("the block has the field hash twice");
    assertThatThrownBy(() -> BlockJson.receipt(at("{\"gasUsed\":\"0x1\",\"gasUsed\":\"0x2\"}")))
        .hasMessage("a receipt has the field gasUsed twice");
    assertThatThrownBy(() -> BlockJson.block(at("{\"number\":\"0x1\"")))
        .isInstanceOf(JsonCursor.SyntaxError.class)
        .hasMessageStartingWith("the answer ends early");
  }
}
