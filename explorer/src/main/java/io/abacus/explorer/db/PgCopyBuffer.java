package io.abacus.explorer.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The rows of one table in PostgreSQL's binary {@code COPY} format, written by hand into one byte
 * array that is reused for every chunk: the signature header, then per row a 16-bit field count and
 * per field a 32-bit length ({@code -1} for NULL) followed by the big-endian value, then the
 * trailer. Only the types the index schema uses: {@code int8}, {@code int4}, {@code bytea}, {@code
 * text}. Not thread-safe.
 */
final class PgCopyBuffer {
  private static final byte[] HEADER = {
    'P',
    'G',
    'C',
    'O',
    'P',
    'Y',
    '\n',
    (byte) 0xff,
    '\r',
    '\n',
    0, // signature
    0,
    0,
    0,
    0, // flags: no OIDs
    0,
    0,
    0,
    0 // no header extension
  };

  private final String copySql;
  private byte[] bytes = new byte[64 * 1024];
  private int size;
  private int rows;

  /**
   * @param table the table and, if not all in order, its columns: {@code "logs"}, {@code "t (a,
   *     b)"}
   */
  PgCopyBuffer(String table) {
    this.copySql = "COPY " + table + " FROM STDIN (FORMAT binary)";
    clear();
  }

  /** Forgets every row (the buffer is kept for the next chunk). */
  void clear() {
    size = 0;
    rows = 0;
    put(HEADER, 0, HEADER.length);
  }

  /** Rows added since {@link #clear()}. */
  int rows() {
    return rows;
  }

  /** Starts a row of {@code fields} values; add exactly that many next. */
  PgCopyBuffer row(int fields) {
    ensure(2);
    putShort(fields);
    rows++;
    return this;
  }

  PgCopyBuffer int8(long v) {
    ensure(12);
    putInt(8);
    putInt((int) (v >>> 32));
    putInt((int) v);
    return this;
  }

  PgCopyBuffer int4(int v) {
    ensure(8);
    putInt(4);
    putInt(v);
    return this;
  }

  /** An {@code int4} that may be NULL. */
  PgCopyBuffer int4(Integer v) {
    return v == null ? nul() : int4(v.intValue());
  }

  /** A {@code bytea}; null is NULL. */
  PgCopyBuffer bytea(byte[] v) {
    if (v == null) {
      return nul();
    }
    ensure(4 + v.length);
    putInt(v.length);
    put(v, 0, v.length);
    return this;
  }

  /** A {@code text} in UTF-8; null is NULL. */
  PgCopyBuffer text(String v) {
    return v == null ? nul() : bytea(v.getBytes(StandardCharsets.UTF_8));
  }

  PgCopyBuffer nul() {
    ensure(4);
    putInt(-1);
    return this;
  }

  /**
   * Sends the rows with {@code COPY ... FROM STDIN (FORMAT binary)} on {@code c} (inside its open
   * transaction) and clears the buffer, sent or not; does nothing when there are no rows.
   */
  void copyTo(Connection c) throws SQLException {
    if (rows == 0) {
      return;
    }
    ensure(2);
    putShort(-1); // trailer
    try {
      CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
      try {
        in.writeToCopy(bytes, 0, size);
        in.endCopy();
      } finally {
        if (in.isActive()) {
          in.cancelCopy();
        }
      }
    } finally {
      clear();
    }
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  private void putShort(int v) {
    bytes[size++] = (byte) (v >>> 8);
    bytes[size++] = (byte) v;
  }

  private void putInt(int v) {
    bytes[size++] = (byte) (v >>> 24);
    bytes[size++] = (byte) (v >>> 16);
    bytes[size++] = (byte) (v >>> 8);
    bytes[size++] = (byte) v;
  }

  private void put(byte[] v, int from, int length) {
    System.arraycopy(v, from, bytes, size, length);
    size += length;
  }
}
