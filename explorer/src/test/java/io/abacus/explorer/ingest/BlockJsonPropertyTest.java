package io.abacus.explorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.explorer.RecordText;
import io.abacus.wallet.rpc.JsonCursor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The byte reader ({@link BlockJson} on a {@link JsonCursor}) against Jackson's tree reading
 * ({@link TreeBlocks}) of random valid blocks and receipts, and on random damage to them.
 */
class BlockJsonPropertyTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Property(tries = 400)
  void readsTheSameRowsAsTheTreeReading(@ForAll long seed) throws IOException {
    RandomBlocks.Answer a = new RandomBlocks(seed).next();

    ParsedBlock bytes =
        BlockParser.parse(
            BlockJson.block(cursor(a.block())), BlockJson.receipts(cursor(a.receipts())));
    List<JsonNode> receipts = new ArrayList<>();
    MAPPER.readTree(a.receipts()).forEach(receipts::add);
    ParsedBlock tree = TreeBlocks.parse(a.number(), MAPPER.readTree(a.block()), receipts);

    assertThat(RecordText.of(bytes)).isEqualTo(RecordText.of(tree));
    assertThat(bytes.transactions()).hasSize(a.txs());
  }

  @Property(tries = 1000)
  void damagedAnswersAreOneClearErrorNeverAHang(@ForAll long seed) {
    RandomBlocks.Answer a = new RandomBlocks(seed).next();
    Random r = new Random(seed);
    byte[] block = damage(a.block().getBytes(StandardCharsets.UTF_8), r);
    byte[] receipts = damage(a.receipts().getBytes(StandardCharsets.UTF_8), r);

    assertThat(readOrError(() -> BlockJson.block(new JsonCursor(block)))).isTrue();
    assertThat(readOrError(() -> BlockJson.receipts(new JsonCursor(receipts)))).isTrue();
  }

  /** True when the reading returned or threw one of the reader's two errors. */
  private static boolean readOrError(Reading reading) {
    try {
      reading.run();
    } catch (IllegalArgumentException | JsonCursor.SyntaxError e) {
      assertThat(e.getMessage()).isNotBlank();
    } catch (IOException e) {
      throw new AssertionError("not the reader's error", e);
    }
    return true;
  }

  @FunctionalInterface
  private interface Reading {
    Object run() throws IOException;
  }

  /** One to three random changes: a byte replaced, a range cut out or repeated, the end cut off. */
  static byte[] damage(byte[] json, Random r) {
    byte[] b = json;
    byte[] bytesToUse = "{}[]\":,\\0xn-.e \u00ff".getBytes(StandardCharsets.ISO_8859_1);
    for (int n = 1 + r.nextInt(3); n > 0 && b.length > 1; n--) {
      int at = r.nextInt(b.length);
      int len = 1 + r.nextInt(Math.min(40, b.length - at));
      switch (r.nextInt(4)) {
        case 0 -> {
          b = b.clone();
          b[at] = r.nextBoolean() ? bytesToUse[r.nextInt(bytesToUse.length)] : (byte) r.nextInt();
        }
        case 1 -> b = concat(slice(b, 0, at), slice(b, at + len, b.length));
        case 2 -> b = concat(slice(b, 0, at + len), slice(b, at, b.length));
        default -> b = slice(b, 0, at);
      }
    }
    return b;
  }

  private static byte[] slice(byte[] b, int from, int to) {
    return java.util.Arrays.copyOfRange(b, from, to);
  }

  private static byte[] concat(byte[] x, byte[] y) {
    byte[] out = java.util.Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, out, x.length, y.length);
    return out;
  }

  private static JsonCursor cursor(String json) {
    return new JsonCursor(json.getBytes(StandardCharsets.UTF_8));
  }
}
