package io.abacus.wallet.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotesOnlyWhenNeeded() throws Exception {
    StringWriter out = new StringWriter();
    new CsvWriter(out, List.of("plain", "a,b", "say \"hi\"", "two\nlines", ""));
    assertThat(out.toString()).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
  }

  @Test
  void readsCrlfLfBomAndEmbeddedBreaks() throws Exception {
    String text = "\uFEFFname,address\r\n\"Acme, Inc.\",0xab\n\"multi\nline\",\"q\"\"q\"\n,\n";
    assertThat(Csv.read(new StringReader(text)))
        .containsExactly(
            List.of("name", "address"),
            List.of("Acme, Inc.", "0xab"),
            List.of("multi\nline", "q\"q"),
            List.of("", ""));
  }

  @Test
  void malformedInputNamesTheLine() {
    assertThatThrownBy(() -> Csv.read(new StringReader("a,b\n\"open,c\n")))
        .isInstanceOf(CsvException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("not closed");
    assertThatThrownBy(() -> Csv.read(new StringReader("\"x\"y,z\n")))
        .isInstanceOf(CsvException.class)
        .hasMessageContaining("after a closing quote");
  }

  @Test
  void aCsvOverTheImportLimitIsRefused() {
    java.io.Reader endless =
        new java.io.Reader() {
          @Override
          public int read(char[] buf, int off, int len) {
            java.util.Arrays.fill(buf, off, off + len, 'x');
            return len;
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> Csv.read(endless))
        .isInstanceOf(io.abacus.wallet.storage.InputLimits.InputTooLargeException.class)
        .hasMessageContaining("the CSV file is larger than the limit of 10 MiB");
  }

  @Property(tries = 300)
  void writeThenReadRoundTrips(
      @ForAll List<@net.jqwik.api.constraints.StringLength(max = 12) String> fields) {
    if (fields.isEmpty()) {
      return;
    }
    StringWriter out = new StringWriter();
    try {
      new CsvWriter(out, fields).row(fields);
      List<List<String>> back = Csv.read(new StringReader(out.toString()));
      assertThat(back).containsExactly(fields, fields);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
