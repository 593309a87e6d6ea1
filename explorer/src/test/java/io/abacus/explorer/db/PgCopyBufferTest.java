package io.abacus.explorer.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.testkit.EmbeddedPg;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hand-written binary COPY encoding, checked by PostgreSQL itself: rows copied in with {@link
 * PgCopyBuffer} read back equal through SELECT, for every type the index uses, NULLs, extremes and
 * a buffer that has to grow.
 */
class PgCopyBufferTest {
  private static final String COLUMNS = "t (id, n, b, s)";
  static EmbeddedPg pg;
  static Connection c;

  @BeforeAll
  static void start() throws SQLException {
    pg = EmbeddedPg.shared();
    String url = pg.create("copy");
    c = DriverManager.getConnection("jdbc:" + url);
    c.setAutoCommit(false);
  }

  @AfterAll
  static void stop() throws SQLException {
    if (c != null) {
      c.close();
    }
    if (pg != null) {
      pg.close();
    }
  }

  @BeforeEach
  void table() throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS t");
      s.execute("CREATE TABLE t (seq bigserial, id int8, n int4, b bytea, s text)");
    }
    c.commit();
  }

  record Row(Long id, Integer n, byte[] b, String s) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Row r
          && java.util.Objects.equals(id, r.id)
          && java.util.Objects.equals(n, r.n)
          && Arrays.equals(b, r.b)
          && java.util.Objects.equals(s, r.s);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(id, n, Arrays.hashCode(b), s);
    }

    @Override
    public String toString() {
      return id + "," + n + "," + (b == null ? "null" : b.length + " bytes") + "," + s;
    }
  }

  @Test
  void everyTypeNullsAndExtremesReadBackEqual() throws SQLException {
    List<Row> rows =
        List.of(
            new Row(0L, 0, new byte[0], ""),
            new Row(Long.MIN_VALUE, Integer.MIN_VALUE, new byte[] {0, -1, 127, -128}, "a"),
            new Row(Long.MAX_VALUE, Integer.MAX_VALUE, new byte[] {(byte) 0xff}, "深圳 面包店 🍞"),
            new Row(-1L, -1, Amounts.encode(BigInteger.TWO.pow(2039)), "tab\there\nnewline\\"),
            new Row((7L << 20) | 3, 42, Amounts.encode(BigInteger.ZERO), "CALL"),
            new Row(1L, null, null, null),
            new Row(null, 5, new byte[20], "x"));
    PgCopyBuffer buffer = new PgCopyBuffer(COLUMNS);
    for (Row r : rows) {
      add(buffer, r);
    }
    assertThat(buffer.rows()).isEqualTo(rows.size());

    buffer.copyTo(c);
    c.commit();

    assertThat(buffer.rows()).isZero();
    assertThat(readBack()).containsExactlyElementsOf(rows);
  }

  @Test
  void growsPastItsFirstArrayAndIsReusedForTheNextChunk() throws SQLException {
    SplittableRandom random = new SplittableRandom(7);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      byte[] b = new byte[random.nextInt(i % 100 == 0 ? 100_000 : 200)];
      random.nextBytes(b);
      rows.add(new Row(random.nextLong(), random.nextInt(), b, "row " + i));
    }
    PgCopyBuffer buffer = new PgCopyBuffer(COLUMNS);
    rows.subList(0, 1500).forEach(r -> add(buffer, r));
    buffer.copyTo(c);
    rows.subList(1500, 3000).forEach(r -> add(buffer, r));
    buffer.copyTo(c);
    c.commit();

    assertThat(readBack()).containsExactlyElementsOf(rows);
  }

  @Test
  void aRejectedCopyLeavesAnEmptyBufferAndNoRows() throws SQLException {
    PgCopyBuffer buffer = new PgCopyBuffer("t (id, n)");
    buffer.row(2).int8(1).int4(1);
    buffer.row(3).int8(2).int4(2).nul(); // one field too many for (id, n)

    assertThatThrownBy(() -> buffer.copyTo(c)).isInstanceOf(SQLException.class);
    c.rollback();

    assertThat(buffer.rows()).isZero();
    buffer.row(2).int8(3).int4(3);
    buffer.copyTo(c);
    c.commit();
    assertThat(readBack()).containsExactly(new Row(3L, 3, null, null));
  }

  @Test
  void noRowsSendsNothing() throws SQLException {
    new PgCopyBuffer("no_such_table").copyTo(c);
    c.commit();
    assertThat(readBack()).isEmpty();
  }

  private static void add(PgCopyBuffer buffer, Row r) {
    buffer.row(4);
    if (r.id() == null) {
      buffer.nul();
    } else {
      buffer.int8(r.id());
    }
    buffer.int4(r.n()).bytea(r.b()).text(r.s());
  }

  private static List<Row> readBack() throws SQLException {
    List<Row> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT id, n, b, s FROM t ORDER BY seq")) {
      while (r.next()) {
        out.add(
            new Row(
                r.getObject(1, Long.class),
                r.getObject(2, Integer.class),
                r.getBytes(3),
                r.getString(4)));
      }
    }
    c.commit();
    return out;
  }
}
