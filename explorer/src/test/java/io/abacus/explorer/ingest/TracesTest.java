package io.abacus.explorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.explorer.rpc.TraceMethod;
import io.abacus.wallet.encoding.HexBytes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both trace formats: nested value moves and creations count, reverted subtrees do not. */
class TracesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String A = "0x000000000000000000000000000000000000000a";
  private static final String B = "0x000000000000000000000000000000000000000b";
  private static final String C = "0x000000000000000000000000000000000000000c";
  private static final String D = "0x000000000000000000000000000000000000000d";

  @Test
  void callTracerKeepsNestedValueAndCreationsAndSkipsRevertedSubtrees() throws Exception {
    JsonNode traces =
        JSON.readTree(
            ("[{'txHash':'0x1','result':{'type':'CALL','from':'%A','to':'%B','value':'0x5','calls':["
                    + "{'type':'CALL','from':'%B','to':'%C','value':'0x2','calls':["
                    + "  {'type':'DELEGATECALL','from':'%C','to':'%D','value':'0x2'},"
                    + "  {'type':'SELFDESTRUCT','from':'%C','to':'%D','value':'0x2'}]},"
                    + "{'type':'STATICCALL','from':'%B','to':'%C'},"
                    + "{'type':'CALL','from':'%B','to':'%C','value':'0x0'},"
                    + "{'type':'CREATE2','from':'%B','to':'%D','value':'0x0'},"
                    + "{'type':'CALL','from':'%B','to':'%D','value':'0x7','error':'execution reverted','calls':["
                    + "  {'type':'CALL','from':'%D','to':'%A','value':'0x7'}]}]}},"
                    + "{'txHash':'0x2','result':{'type':'CALL','from':'%A','to':'%B','error':'out of gas',"
                    + "'calls':[{'type':'CALL','from':'%B','to':'%C','value':'0x1'}]}}]")
                .replace('\'', '"')
                .replace("%A", A)
                .replace("%B", B)
                .replace("%C", C)
                .replace("%D", D));
    List<List<ParsedBlock.InternalTransfer>> r = Traces.parse(TraceMethod.CALL_TRACER, traces, 2);
    assertThat(r.get(0))
        .extracting(
            t ->
                t.traceIndex()
                    + " "
                    + t.type()
                    + " "
                    + hex(t.from())
                    + ">"
                    + hex(t.to())
                    + " "
                    + t.value())
        .containsExactly(
            "0 CALL " + B + ">" + C + " 2",
            "1 SELFDESTRUCT " + C + ">" + D + " 2",
            "2 CREATE2 " + B + ">" + D + " 0");
    assertThat(r.get(1)).isEmpty();
  }

  @Test
  void traceBlockSkipsTopLevelRewardsAndRevertedSubtrees() throws Exception {
    JsonNode traces =
        JSON.readTree(
            ("["
                    + "{'type':'call','action':{'callType':'call','from':'%A','to':'%B','value':'0x5'},'traceAddress':[],'transactionPosition':0},"
                    + "{'type':'call','action':{'callType':'call','from':'%B','to':'%C','value':'0x1'},'traceAddress':[1],'transactionPosition':0,'error':'Reverted'},"
                    + "{'type':'call','action':{'callType':'call','from':'%C','to':'%D','value':'0x1'},'traceAddress':[1,0],'transactionPosition':0},"
                    + "{'type':'call','action':{'callType':'call','from':'%B','to':'%D','value':'0x3'},'traceAddress':[10],'transactionPosition':0},"
                    + "{'type':'create','action':{'from':'%B','value':'0x0','creationMethod':'create2'},'result':{'address':'%C'},'traceAddress':[11],'transactionPosition':0},"
                    + "{'type':'suicide','action':{'address':'%C','refundAddress':'%A','balance':'0x4'},'traceAddress':[11,0],'transactionPosition':0},"
                    + "{'type':'reward','action':{'author':'%A','value':'0x9'},'traceAddress':[]}]")
                .replace('\'', '"')
                .replace("%A", A)
                .replace("%B", B)
                .replace("%C", C)
                .replace("%D", D));
    List<List<ParsedBlock.InternalTransfer>> r = Traces.parse(TraceMethod.TRACE_BLOCK, traces, 1);
    assertThat(r.get(0))
        .extracting(t -> t.type() + " " + hex(t.from()) + ">" + hex(t.to()) + " " + t.value())
        .containsExactly(
            "CALL " + B + ">" + D + " 3",
            "CREATE2 " + B + ">" + C + " 0",
            "SELFDESTRUCT " + C + ">" + A + " 4");
  }

  @Test
  void tracesThatDoNotFitTheBlockAreRefused() throws Exception {
    assertThatThrownBy(() -> Traces.parse(TraceMethod.CALL_TRACER, JSON.readTree("[]"), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 traces for 1 txs");
  }

  private static String hex(byte[] b) {
    return HexBytes.toHex(b);
  }
}
