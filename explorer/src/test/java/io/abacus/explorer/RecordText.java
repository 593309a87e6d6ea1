package io.abacus.explorer;

import io.abacus.wallet.encoding.HexBytes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * A tree of records as text, one list element per line, for comparing whole parsed blocks: the same
 * comparison as AssertJ's {@code usingRecursiveComparison()} on these types (records component by
 * component, byte arrays and lists element by element in order, {@code null} only equal to {@code
 * null}, the JDK's value types by {@code equals}), in time linear in the tree's size. The recursive
 * comparison checks each pair it visits against every pair visited before: quadratic, 0.2 s per
 * block of 15 transactions.
 */
public final class RecordText {
  private RecordText() {}

  /**
   * The text of {@code value}.
   *
   * @throws IllegalArgumentException for a type it cannot render faithfully (neither a record, a
   *     list, a byte array, nor a JDK value type), rather than compare it by {@code toString()}
   */
  public static String of(Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value);
    return out.toString();
  }

  private static void append(StringBuilder out, Object v) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof byte[] bytes) {
      out.append(HexBytes.toHex(bytes));
    } else if (v instanceof List<?> list) {
      out.append('[');
      for (Object element : list) {
        out.append('\n');
        append(out, element);
        out.append(',');
      }
      out.append(']');
    } else if (v.getClass().isRecord()) {
      out.append(v.getClass().getSimpleName()).append('{');
      for (RecordComponent c : v.getClass().getRecordComponents()) {
        out.append(c.getName()).append('=');
        append(out, component(c, v));
        out.append(", ");
      }
      out.append('}');
    } else if (v instanceof String s) {
      out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    } else if (v instanceof Number || v instanceof Boolean || v instanceof Character) {
      out.append(v.getClass().getSimpleName()).append(':').append(v);
    } else {
      throw new IllegalArgumentException("no faithful text for " + v.getClass().getName());
    }
  }

  private static Object component(RecordComponent c, Object record) {
    try {
      var accessor = c.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }
}
