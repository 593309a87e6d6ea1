package io.abacus.explorer.statement;

import io.abacus.wallet.statement.StatementProblem;
import java.util.List;

/**
 * The outcome of checking a statement against a node.
 *
 * @param valid true when there is no problem
 * @param signers the accounts whose signatures are valid ({@code 0x...}, checksummed)
 * @param movements how many movements the statement lists
 * @param problems every problem found, signatures first
 */
public record VerifyReport(
    boolean valid, List<String> signers, int movements, List<StatementProblem> problems) {
  public VerifyReport {
    signers = List.copyOf(signers);
    problems = List.copyOf(problems);
  }

  /** How many problems of {@code kind} there are. */
  public long count(StatementProblem.Kind kind) {
    return problems.stream().filter(p -> p.kind() == kind).count();
  }
}
