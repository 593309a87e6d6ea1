package io.abacus.wallet.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
  @Test
  void followsRfc4180() throws Exception {
    StringWriter out = new StringWriter();
    CsvWriter csv = new CsvWriter(out, List.of("a", "b", "c"));
    csv.row("plain", "with,comma", "with \"quote\"");
    csv.row("line\nbreak", null, new BigInteger("123456789012345678901234567890"));
    assertThat(out.toString())
        .isEqualTo(
            "a,b,c\r\nplain,\"with,comma\",\"with \"\"quote\"\"\"\r\n"
                + "\"line\nbreak\",,123456789012345678901234567890\r\n");
    assertThat(csv.rows()).isEqualTo(2);
  }

  @Test
  void textThatAFormulaWouldStartWithGetsALeadingQuote() throws Exception {
    StringWriter out = new StringWriter();
    CsvWriter csv = new CsvWriter(out, List.of("cell"));
    for (String hostile :
        List.of(
            "=HYPERLINK(\"http://evil\",\"x\")",
            "+1+1",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "=1,2")) {
      csv.row(hostile);
    }
    csv.row("a=b");
    csv.row("");
    assertThat(out.toString())
        .isEqualTo(
            "cell\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\r\n"
                + "'+1+1\r\n"
                + "'-2+3\r\n"
                + "'@SUM(A1)\r\n"
                + "'\tx\r\n"
                + "\"'\rx\"\r\n"
                + "\"'=1,2\"\r\n"
                + "a=b\r\n"
                + "\r\n");
  }

  @Test
  void numericCellsStayNumeric() throws Exception {
    StringWriter out = new StringWriter();
    CsvWriter csv = new CsvWriter(out, List.of("amount", "count", "ok", "text"));
    csv.row(CsvWriter.number("-1.5"), -3L, true, "-1.5");
    csv.row(new BigDecimal("-0.0000001"), BigInteger.valueOf(-7), false, CsvWriter.number("-1e3"));
    csv.row(CsvWriter.number("=1+1"), CsvWriter.number(null), null, CsvWriter.number("12"));
    assertThat(out.toString())
        .isEqualTo(
            "amount,count,ok,text\r\n"
                + "-1.5,-3,true,'-1.5\r\n"
                + "-0.0000001,-7,false,'-1e3\r\n"
                + "'=1+1,,,12\r\n");
  }

  @Test
  void readingRemovesTheDefenceSoExportsImportBackUnchanged() throws Exception {
    StringWriter out = new StringWriter();
    List<String> hostile =
        List.of("=cmd|' /C calc'!A0", "-5", "@x", "'kept as typed", "'", "'=a", "''-b");
    new CsvWriter(out, List.of("a", "b", "c", "d", "e", "f", "g")).row(hostile);
    assertThat(Csv.read(new StringReader(out.toString())).get(1)).isEqualTo(hostile);
  }

  @Test
  void aRowMustMatchTheHeader() throws Exception {
    CsvWriter csv = new CsvWriter(new StringWriter(), List.of("a", "b"));
    assertThatThrownBy(() -> csv.row("only one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected 2 fields, got 1");
  }
}
