import io.abacus.wallet.rpc.JsonRpcClient;
import java.lang.reflect.*;
import java.nio.file.*;
import java.util.*;

/** Times the batch decoding (envelope + BlockJson) of one 25-block answer and its receipts. */
public class DecodeMicro {
  public static void main(String[] a) throws Throwable {
    byte[] blocks = Files.readAllBytes(Path.of("blocks.json"));
    byte[] receipts = Files.readAllBytes(Path.of("receipts.json"));
    Class<?> bj = Class.forName("io.abacus.explorer.ingest.BlockJson");
    Class<?> in = JsonRpcClient.ResultReader.class.getMethods()[0].getParameterTypes()[0];
    Method block = bj.getDeclaredMethod("block", in);
    Method recs = bj.getDeclaredMethod("receipts", in);
    block.setAccessible(true);
    recs.setAccessible(true);
    Class<?> sb = Class.forName("io.abacus.wallet.rpc.StreamedBatch");
    Method read = null;
    for (Method m : sb.getDeclaredMethods()) if (m.getName().equals("read")) read = m;
    read.setAccessible(true);
    Object mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    List<JsonRpcClient.Call> bc = new ArrayList<>(), rc = new ArrayList<>();
    for (int i = 0; i < 25; i++) { bc.add(JsonRpcClient.Call.of("eth_getBlockByNumber", "0x1", true)); rc.add(JsonRpcClient.Call.of("eth_getBlockReceipts", "0x1")); }
    Object br = reader(block), rr = reader(recs);
    int rounds = Integer.parseInt(a[0]);
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      int n = 0;
      for (int i = 0; i < 20; i++) {
        n += ((List<?>) read.invoke(null, mapper, blocks, false, 1L, bc, br, "b", "e")).size();
        n += ((List<?>) read.invoke(null, mapper, receipts, false, 1L, rc, rr, "r", "e")).size();
      }
      long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      System.out.printf("round %d: %.1f ms wall for 20 x (25 blocks + 25 receipt lists), %d%n", r, (System.nanoTime() - t0) / 1e6, n);
    }
    System.out.printf("thread CPU total %.2f s%n", java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9);
  }

  static Object reader(Method m) {
    return Proxy.newProxyInstance(DecodeMicro.class.getClassLoader(), new Class<?>[] {JsonRpcClient.ResultReader.class},
        (p, meth, args) -> {
          if (!meth.getName().equals("read")) return meth.invoke(p, args);
          try { return m.invoke(null, args[0]); } catch (InvocationTargetException e) { throw e.getCause(); }
        });
  }
}
