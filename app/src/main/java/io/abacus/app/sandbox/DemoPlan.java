package io.abacus.app.sandbox;

import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The traffic of "Generate demo activity", block by block: a pure function of the seed, so the same
 * seed always gives the same payments. Busier businesses (the first third) trade more often.
 */
final class DemoPlan {
  /** One transaction of the plan. */
  sealed interface Step permits EthPayment, TokenTransfer, Approve, TransferFrom {
    DemoBusiness sender();

    /** The account called: the payee for ETH, else the token. */
    default Address target(Address token) {
      return token;
    }

    default BigInteger value() {
      return BigInteger.ZERO;
    }

    /** The call data, {@code 0x}-hex. */
    String data();

    /** A gas limit comfortably above what the step uses. */
    default long gas() {
      return 100_000;
    }
  }

  record EthPayment(DemoBusiness sender, DemoBusiness to, BigInteger wei) implements Step {
    @Override
    public Address target(Address token) {
      return to.address();
    }

    @Override
    public BigInteger value() {
      return wei;
    }

    @Override
    public String data() {
      return "0x";
    }

    @Override
    public long gas() {
      return 21_000;
    }
  }

  record TokenTransfer(DemoBusiness sender, DemoBusiness to, BigInteger units) implements Step {
    @Override
    public String data() {
      return Abi.call("transfer(address,uint256)", to.address(), units);
    }
  }

  /** {@code sender} lets {@code spender} pull up to {@code units} TUSD. */
  record Approve(DemoBusiness sender, DemoBusiness spender, BigInteger units) implements Step {
    @Override
    public String data() {
      return Abi.call("approve(address,uint256)", spender.address(), units);
    }
  }

  /** {@code sender} (a spender) pulls {@code units} TUSD from {@code owner} to {@code to}. */
  record TransferFrom(DemoBusiness sender, DemoBusiness owner, DemoBusiness to, BigInteger units)
      implements Step {
    @Override
    public String data() {
      return Abi.call(
          "transferFrom(address,address,uint256)", owner.address(), to.address(), units);
    }
  }

  private static final BigInteger MILLI_ETH = BigInteger.TEN.pow(15);
  private static final BigInteger CENT = BigInteger.TEN.pow(TestUsd.DECIMALS - 2);

  private DemoPlan() {}

  /**
   * The plan: {@code blocks} lists of steps. An approval is always followed, in the next block, by
   * the {@code transferFrom} that uses it (so it never lands first in the same block).
   */
  static List<List<Step>> create(long seed, int blocks, List<DemoBusiness> businesses) {
    if (businesses.size() < 3) {
      throw new IllegalArgumentException("need at least 3 businesses");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<List<Step>> plan = new ArrayList<>(blocks);
    List<Step> pulls = new ArrayList<>();
    for (int b = 0; b < blocks; b++) {
      List<Step> block = new ArrayList<>(pulls);
      pulls.clear();
      int count = 4 + random.nextInt(17);
      for (int i = 0; i < count; i++) {
        DemoBusiness from = pick(random, businesses, null);
        DemoBusiness to = pick(random, businesses, from);
        int kind = random.nextInt(100);
        if (kind < 55) {
          block.add(
              new EthPayment(
                  from, to, MILLI_ETH.multiply(BigInteger.valueOf(random.nextInt(5, 3000)))));
        } else if (kind < 93 || b == blocks - 1) {
          block.add(new TokenTransfer(from, to, cents(random, 500, 500_000)));
        } else {
          BigInteger allowance = cents(random, 10_000, 200_000);
          block.add(new Approve(from, to, allowance));
          DemoBusiness payee = pick(random, businesses, to);
          pulls.add(new TransferFrom(to, from, payee, allowance.divide(BigInteger.TWO)));
        }
      }
      plan.add(List.copyOf(block));
    }
    return List.copyOf(plan);
  }

  private static BigInteger cents(SplittableRandom random, int min, int max) {
    return CENT.multiply(BigInteger.valueOf(random.nextInt(min, max)));
  }

  private static DemoBusiness pick(
      SplittableRandom random, List<DemoBusiness> all, DemoBusiness not) {
    while (true) {
      int bound = random.nextBoolean() ? all.size() / 3 : all.size();
      DemoBusiness b = all.get(random.nextInt(bound));
      if (!b.equals(not)) {
        return b;
      }
    }
  }
}
