package io.abacus.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.sandbox.DemoPlan.Approve;
import io.abacus.app.sandbox.DemoPlan.EthPayment;
import io.abacus.app.sandbox.DemoPlan.Step;
import io.abacus.app.sandbox.DemoPlan.TokenTransfer;
import io.abacus.app.sandbox.DemoPlan.TransferFrom;
import io.abacus.wallet.address.Address;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoPlanTest {
  private static final List<DemoBusiness> BUSINESSES = DemoBusiness.all();
  private static final Address TOKEN = Address.parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");

  @Test
  void businessesAreAFewDozenWithStableDistinctAddresses() {
    assertThat(BUSINESSES).hasSizeBetween(24, 60);
    assertThat(new HashSet<>(BUSINESSES.stream().map(DemoBusiness::address).toList()))
        .hasSameSizeAs(BUSINESSES);
    assertThat(new HashSet<>(BUSINESSES.stream().map(DemoBusiness::name).toList()))
        .hasSameSizeAs(BUSINESSES);
    // Pinned: labels files and screenshots on users' machines name these addresses.
    assertThat(BUSINESSES.get(0).name()).isEqualTo("Northwind Traders");
    assertThat(BUSINESSES.get(0).address())
        .isEqualTo(Address.parse("0xbe6B009C324e327Caaf067160e30A5bEAc21295e"));
    assertThat(DemoBusiness.all()).isEqualTo(BUSINESSES);
  }

  @Test
  void sameSeedSamePlanOtherSeedOtherPlan() {
    assertThat(DemoPlan.create(7, 50, BUSINESSES)).isEqualTo(DemoPlan.create(7, 50, BUSINESSES));
    assertThat(DemoPlan.create(7, 50, BUSINESSES)).isNotEqualTo(DemoPlan.create(8, 50, BUSINESSES));
  }

  @Test
  void blocksHoldManyPaymentsOfEveryKind() {
    List<List<Step>> plan = DemoPlan.create(1, 300, BUSINESSES);
    assertThat(plan).hasSize(300);
    assertThat(plan).allSatisfy(block -> assertThat(block).hasSizeGreaterThanOrEqualTo(4));
    List<Step> all = plan.stream().flatMap(List::stream).toList();
    assertThat(all.size()).isBetween(300 * 8, 300 * 16);
    assertThat(all).hasAtLeastOneElementOfType(EthPayment.class);
    assertThat(all).hasAtLeastOneElementOfType(TokenTransfer.class);
    assertThat(all).hasAtLeastOneElementOfType(Approve.class);
    assertThat(all).hasAtLeastOneElementOfType(TransferFrom.class);
    assertThat(all.stream().map(Step::sender).distinct().count()).isEqualTo(BUSINESSES.size());
    for (Step s : all) {
      if (s instanceof EthPayment p) {
        assertThat(p.to()).isNotEqualTo(p.sender());
        assertThat(p.target(TOKEN)).isEqualTo(p.to().address());
        assertThat(p.value()).isPositive();
        assertThat(p.gas()).isEqualTo(21_000);
      } else {
        assertThat(s.target(TOKEN)).isEqualTo(TOKEN);
        assertThat(s.value()).isZero();
      }
    }
  }

  @Test
  void everyApprovalIsUsedByItsSpenderInTheNextBlock() {
    List<List<Step>> plan = DemoPlan.create(3, 200, BUSINESSES);
    int approvals = 0;
    for (int b = 0; b < plan.size(); b++) {
      for (Step s : plan.get(b)) {
        if (s instanceof Approve a) {
          approvals++;
          assertThat(b).isLessThan(plan.size() - 1);
          assertThat(plan.get(b + 1))
              .anySatisfy(
                  next -> {
                    assertThat(next).isInstanceOf(TransferFrom.class);
                    TransferFrom f = (TransferFrom) next;
                    assertThat(f.sender()).isEqualTo(a.spender());
                    assertThat(f.owner()).isEqualTo(a.sender());
                    assertThat(f.units()).isLessThanOrEqualTo(a.units());
                  });
        }
      }
    }
    assertThat(approvals).isPositive();
  }

  @Test
  void callDataIsTheErc20Abi() {
    DemoBusiness a = BUSINESSES.get(0);
    DemoBusiness b = BUSINESSES.get(1);
    Step t = new TokenTransfer(a, b, java.math.BigInteger.valueOf(1_500_000));
    assertThat(t.data())
        .isEqualTo(
            "0xa9059cbb"
                + "000000000000000000000000"
                + b.address().toLowerHex().substring(2)
                + "000000000000000000000000000000000000000000000000000000000016e360");
    assertThat(new Approve(a, b, java.math.BigInteger.ONE).data()).startsWith("0x095ea7b3");
    assertThat(new TransferFrom(a, b, a, java.math.BigInteger.ONE).data()).startsWith("0x23b872dd");
  }
}
