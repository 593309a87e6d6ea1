package io.abacus.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.explorer.ingest.ParsedBlock;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RecordText tells apart what the recursive comparison tells apart, and nothing else. */
class RecordTextTest {
  static ParsedBlock block(byte topicByte, Integer status, byte[] to) {
    ParsedBlock.Log log =
        new ParsedBlock.Log(0, new byte[] {1}, List.of(new byte[] {topicByte}), new byte[0]);
    ParsedBlock.Tx tx =
        new ParsedBlock.Tx(
            0,
            new byte[] {2},
            new byte[] {3},
            to,
            BigInteger.TEN,
            1,
            21_000,
            BigInteger.ONE,
            2,
            new byte[0],
            status,
            21_000,
            null,
            List.of(log),
            List.of(),
            List.of());
    return new ParsedBlock(
        7, new byte[] {4}, new byte[] {5}, 9, null, 21_000, 30_000_000, null, List.of(tx));
  }

  @Test
  void equalContentInOtherArraysIsEqual() {
    assertThat(RecordText.of(block((byte) 9, 1, new byte[] {6})))
        .isEqualTo(RecordText.of(block((byte) 9, 1, new byte[] {6})));
  }

  @Test
  void aDifferenceAnywhereInTheTreeShows() {
    String base = RecordText.of(block((byte) 9, 1, new byte[] {6}));
    assertThat(RecordText.of(block((byte) 8, 1, new byte[] {6}))).isNotEqualTo(base);
    assertThat(RecordText.of(block((byte) 9, 0, new byte[] {6}))).isNotEqualTo(base);
    assertThat(RecordText.of(block((byte) 9, null, new byte[] {6}))).isNotEqualTo(base);
    assertThat(RecordText.of(block((byte) 9, 1, null))).isNotEqualTo(base);
    assertThat(RecordText.of(block((byte) 9, 1, new byte[0]))).isNotEqualTo(base);
    assertThat(RecordText.of(List.of(1L))).isNotEqualTo(RecordText.of(List.of(1)));
  }

  @Test
  void refusesTypesItCannotRenderFaithfully() {
    assertThatThrownBy(() -> RecordText.of(List.of(new Object())))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
