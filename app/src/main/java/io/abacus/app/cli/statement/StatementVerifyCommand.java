package io.abacus.app.cli.statement;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.InputFiles;
import io.abacus.app.cli.common.JsonOutput;
import io.abacus.app.cli.common.NodeOptions;
import io.abacus.explorer.statement.MovementSource;
import io.abacus.explorer.statement.StatementVerifier;
import io.abacus.explorer.statement.VerifyReport;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.NodeConnection;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.statement.SignedStatement;
import io.abacus.wallet.statement.StatementProblem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code statement verify}: checks a statement's signatures and re-derives it from the verifier's
 * own node (or the movements from the verifier's own index, {@code --db}). Exit 0 when valid, 1
 * when not, 2 on a usage error (including a file that is not a statement). Needs no wallet and no
 * password.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description =
        "Check a statement against your own node: signatures, every movement, balances, chain."
            + " Exit 0 valid, 1 not valid, 2 usage error.")
public final class StatementVerifyCommand implements Callable<Integer> {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final long MAX_FILE = 64L * 1024 * 1024;

  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin NodeOptions node = new NodeOptions();

  @Mixin IndexSourceOption index = new IndexSourceOption();

  @Parameters(index = "0", paramLabel = "F.json", description = "The statement file.")
  Path file;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  public StatementVerifyCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    SignedStatement statement;
    try {
      statement = SignedStatement.parse(InputFiles.bytes(file, "statement file", MAX_FILE));
    } catch (IllegalArgumentException | UserException e) {
      throw new ParameterException(spec.commandLine(), file + ": " + e.getMessage());
    }
    VerifyReport report;
    try (JsonRpcClient client = node.json(TIMEOUT, Optional.empty())) {
      MovementSource source = index.source(client, NodeConnection.chainIdOf(client));
      report = new StatementVerifier(client, source).verify(statement, (s, h, f) -> {});
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), file + ": " + e.getMessage());
    } catch (IndexSourceOption.IndexException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } catch (RpcException e) {
      throw new UserException(e.getMessage(), e);
    }
    print(report);
    return report.valid() ? 0 : 1;
  }

  private void print(VerifyReport report) {
    if (json) {
      ObjectNode o = JsonOutput.object();
      o.put("valid", report.valid());
      ArrayNode signers = o.putArray("signers");
      report.signers().forEach(signers::add);
      o.put("movements", report.movements());
      ArrayNode problems = o.putArray("problems");
      for (StatementProblem p : report.problems()) {
        problems
            .addObject()
            .put("kind", p.kind().json())
            .put("hash", p.hash())
            .put("detail", p.detail());
      }
      JsonOutput.print(context.out(), o);
      return;
    }
    if (report.valid()) {
      context
          .out()
          .printf(
              "valid: %d movements, signed by %s%n",
              report.movements(), String.join(", ", report.signers()));
      return;
    }
    context.out().printf("not valid: %d problems%n", report.problems().size());
    for (StatementProblem p : report.problems()) {
      context
          .out()
          .printf("%-10s %s %s%n", p.kind().json(), p.hash() == null ? "-" : p.hash(), p.detail());
    }
  }
}
