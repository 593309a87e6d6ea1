package io.abacus.app.explorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeighboursTest {
  private static Address a(int i) {
    byte[] b = new byte[20];
    b[19] = (byte) i;
    b[18] = (byte) (i >> 8);
    return Address.of(b);
  }

  private static FlowGraph.Flow flow(Address from, Address to, Address asset, long count) {
    return new FlowGraph.Flow(from, to, asset, null, BigInteger.ONE, count);
  }

  @Test
  void countsEachCounterpartysTransfersBothWaysOverAssetsAndRanksTheBusiestFirst() {
    Address me = a(1);
    Address token = a(99);
    List<FlowGraph.Flow> flows =
        List.of(
            flow(me, a(2), null, 1),
            flow(a(3), me, null, 4),
            flow(a(2), me, token, 2),
            flow(me, a(3), token, 1),
            flow(me, a(4), null, 3));
    Neighbours n = Neighbours.of(me, flows);
    assertThat(n.ranked())
        .containsExactly(
            new Neighbours.Neighbour(a(3), 4, 1),
            new Neighbours.Neighbour(a(2), 2, 1),
            new Neighbours.Neighbour(a(4), 0, 3));
    assertThat(n.flows()).isSameAs(flows);
  }

  @Test
  void equallyBusyCounterpartiesComeInAddressOrderWhateverTheFlowsOrder() {
    Address me = a(1);
    List<FlowGraph.Flow> flows = new ArrayList<>();
    for (int i = 2_000; i >= 2; i--) {
      flows.add(flow(a(i), me, null, i == 500 ? 7 : 1));
    }
    List<Neighbours.Neighbour> ranked = Neighbours.of(me, flows).ranked();
    assertThat(ranked).hasSize(1_999);
    assertThat(ranked.get(0).address()).isEqualTo(a(500));
    assertThat(ranked.subList(1, 4))
        .extracting(Neighbours.Neighbour::address)
        .containsExactly(a(2), a(3), a(4));
  }
}
