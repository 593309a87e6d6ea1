package io.abacus.wallet.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte reader: hex values, names, skipping, and hostile input. */
class JsonCursorTest {
  private static final JsonCursor.Names NAMES = new JsonCursor.Names("hash", "a");

  private static JsonCursor at(String json) {
    return new JsonCursor(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void decodesHexInEitherCaseStraightFromTheBytes() throws IOException {
    assertThat(at("\"0x00fFa5Bc\"").hexData("input")).containsExactly(0x00, 0xff, 0xa5, 0xbc);
    assertThat(at("\"0X\"").hexData("input")).isEmpty();
    assertThat(at("\"0x1F\"").hexLong("gas")).isEqualTo(31);
    assertThat(at("\"0x7fffffffffffffff\"").hexLong("gas")).isEqualTo(Long.MAX_VALUE);
    assertThat(at("\"0x0\"").hexBig("value")).isZero();
    assertThat(at("\"0x1000000000000000000000000\"").hexBig("value"))
        .isEqualTo(BigInteger.ONE.shiftLeft(96));
    assertThat(at("null").hexBytes("to", 20)).isNull();
  }

  @Test
  void refusesHexThatIsNotStrictlyHex() {
    assertThatThrownBy(() -> at("\"0x0g\"").hexData("input"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("input has a non-hex character 'g'");
    assertThatThrownBy(() -> at("\"0xé0\"").hexData("input"))
        .hasMessage("input has a non-hex character byte 0xc3");
    assertThatThrownBy(() -> at("\"0x1:\"").hexLong("gas"))
        .hasMessage("gas has a non-hex character ':'");
    assertThatThrownBy(() -> at("\"0x0\"").hexData("input"))
        .hasMessage("input has an odd number of hex digits");
    assertThatThrownBy(() -> at("\"0x\"").hexLong("gas"))
        .hasMessageStartingWith("gas is not a hex quantity");
    assertThatThrownBy(() -> at("\"0X1\"").hexLong("gas"))
        .hasMessageStartingWith("gas is not a hex quantity");
    assertThatThrownBy(() -> at("\"0x8000000000000000\"").hexLong("gas"))
        .hasMessageStartingWith("gas is too large");
    assertThatThrownBy(() -> at("\"0x" + "1".repeat(17) + "\"").hexLong("gas"))
        .hasMessageStartingWith("gas is too large");
    assertThatThrownBy(() -> at("\"0x\\u0031\"").hexLong("gas"))
        .hasMessage("gas has a non-hex character '\\'");
    assertThatThrownBy(() -> at("[1, 2]").hexData("input"))
        .hasMessage("input is not a hex string: [1, 2]");
    assertThatThrownBy(() -> at("\"0x1234\"").hexBytes("hash", 32))
        .hasMessage("hash has 2 bytes, not 32");
  }

  @Test
  void matchesNamesAsBytesAlsoWhenEscaped() throws IOException {
    JsonCursor in = at("{ \"h\\u0061sh\" : 1, \"x\":2,\"a\":3 }");
    assertThat(in.tryObject()).isTrue();
    assertThat(in.nextField()).isTrue();
    assertThat(in.field(NAMES)).isZero();
    in.skipValue();
    assertThat(in.nextField()).isTrue();
    assertThat(in.field(NAMES)).isEqualTo(-1);
    assertThat(in.fieldName()).isEqualTo("x");
    in.skipValue();
    assertThat(in.nextField()).isTrue();
    assertThat(in.field(NAMES)).isEqualTo(1);
    assertThat(in.integerOrNull()).isEqualTo(3L);
    assertThat(in.nextField()).isFalse();
    assertThat(in.peek()).isEqualTo(-1);
  }

  @Test
  void skipsEveryKindOfValueWithItsEscapesAndNesting() throws IOException {
    String value =
        "{\"s\":\"a\\\"}]\\\\\\n\\u00e9中😀\",\"n\":[-0.5e+10,0,12,true,false,null],"
            + "\"o\":{\"deep\":[[[{}]]],\"e\":[]}}";
    JsonCursor in = at(value + " ,");
    assertThat(in.rawValue()).isEqualTo(value);
    assertThat(in.peek()).isEqualTo(',');
  }

  @Test
  void readsIdsAsJacksonWouldTakeThem() throws IOException {
    assertThat(at("7").integerOrNull()).isEqualTo(7L);
    assertThat(at("-7").integerOrNull()).isEqualTo(-7L);
    assertThat(at("7.0").integerOrNull()).isNull();
    assertThat(at("\"7\"").integerOrNull()).isNull();
    assertThat(at("{\"a\":1}").integerOrNull()).isNull();
    assertThat(at("99999999999999999999").integerOrNull()).isNull();
  }

  @Test
  void brokenJsonIsOneSyntaxError() {
    for (String broken :
        new String[] {
          "{\"a\":1",
          "{\"a\" 1}",
          "{\"a\":1,}",
          "[1,]",
          "[1 2]",
          "{\"a\":tru}",
          "{\"a\":\"x\\q\"}",
          "{\"a\":\"x\\u12g4\"}",
          "{\"a\":\"line\nfeed\"}",
          "{\"a\":01}",
          "{\"a\":1.}",
          "{\"a\":-}",
          "{\"a\":\"unterminated",
          "{'a':1}",
          "<html>",
          ""
        }) {
      assertThatThrownBy(() -> at(broken).skipValue())
          .as(broken)
          .isInstanceOf(JsonCursor.SyntaxError.class)
          .hasMessageMatching("(expected .* at byte \\d+, found .*|the answer ends early .*)");
    }
  }

  @Test
  void hostileInputIsBounded() throws IOException {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> at(deep).skipValue())
        .isInstanceOf(JsonCursor.SyntaxError.class)
        .hasMessageContaining("nests deeper than " + JsonCursor.MAX_DEPTH);
    String ok = "[".repeat(JsonCursor.MAX_DEPTH) + "]".repeat(JsonCursor.MAX_DEPTH);
    JsonCursor shallow = at(ok + "x");
    shallow.skipValue();
    assertThat(shallow.peek()).isEqualTo('x');
    byte[] huge = new byte[JsonCursor.MAX_STRING + 10];
    java.util.Arrays.fill(huge, (byte) 'a');
    huge[0] = '"';
    huge[huge.length - 1] = '"';
    assertThatThrownBy(() -> new JsonCursor(huge).skipValue())
        .hasMessageContaining("exceeds the maximum length");
    huge[1] = '0';
    huge[2] = 'x';
    assertThatThrownBy(() -> new JsonCursor(huge).hexData("input"))
        .hasMessageContaining("exceeds the maximum length");
    assertThatThrownBy(() -> at("\"0x12").hexData("input"))
        .isInstanceOf(JsonCursor.SyntaxError.class)
        .hasMessageStartingWith("the answer ends early");
  }

  @Test
  void refusesAFieldTwice() {
    long seen = NAMES.once(0, 0, "the block");
    assertThatThrownBy(() -> NAMES.once(seen, 0, "the block"))
        .hasMessage("the block has the field hash twice");
    assertThat(NAMES.once(seen, 1, "the block")).isEqualTo(3);
  }

  @Test
  void readsSmallStringsAndPassesOverOtherValues() throws IOException {
    JsonCursor in = at("[\"0x7a\\u0069\\n\", 12, {\"a\":[1]}, null, \"\"]");
    assertThat(in.tryArray()).isTrue();
    assertThat(in.nextElement()).isTrue();
    assertThat(in.stringOrNull()).isEqualTo("0x7ai\n");
    for (int i = 0; i < 3; i++) {
      assertThat(in.nextElement()).isTrue();
      assertThat(in.stringOrNull()).isNull();
    }
    assertThat(in.nextElement()).isTrue();
    assertThat(in.stringOrNull()).isEmpty();
    assertThat(in.nextElement()).isFalse();
    assertThatThrownBy(() -> at("\"a\u0001\"").stringOrNull())
        .isInstanceOf(JsonCursor.SyntaxError.class)
        .hasMessageContaining("control characters must be escaped");
    assertThatThrownBy(() -> at("\"a\\x\"").stringOrNull())
        .isInstanceOf(JsonCursor.SyntaxError.class)
        .hasMessageContaining("an escape character");
    assertThatThrownBy(() -> at("\"0x1").stringOrNull())
        .hasMessageStartingWith("the answer ends early");
    byte[] huge = new byte[JsonCursor.MAX_STRING + 10];
    java.util.Arrays.fill(huge, (byte) 'a');
    huge[0] = '"';
    huge[huge.length - 1] = '"';
    assertThatThrownBy(() -> new JsonCursor(huge).stringOrNull())
        .hasMessageContaining("exceeds the maximum length");
  }
}
