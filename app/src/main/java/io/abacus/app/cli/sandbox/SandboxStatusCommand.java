package io.abacus.app.cli.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.sandbox.SandboxNetwork;
import io.abacus.app.sandbox.SandboxStatus;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Shows whether the Sandbox runs, where, and its head block.")
public final class SandboxStatusCommand implements Callable<Integer> {
  @ParentCommand SandboxCommand parent;

  @Option(
      names = "--json",
      description =
          "Print one JSON object: running, pid, rpcUrl, chainId, tokenAddress, blockNumber.")
  boolean json;

  private final CliContext context;

  public SandboxStatusCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    return SandboxCommand.run(
        () -> {
          SandboxStatus s = parent.sandbox().status();
          if (json) {
            context.out().println(toJson(s));
          } else if (s.running()) {
            context
                .out()
                .printf(
                    Locale.ROOT,
                    "%s: running at %s (pid %d, chain id %d, block %s); test money only%n",
                    SandboxNetwork.preset().name(),
                    s.rpcUrl(),
                    s.pid(),
                    s.chainId(),
                    s.blockNumber() < 0 ? "unknown: not answering" : s.blockNumber());
            context.out().println("Test USD (TUSD): " + s.tokenAddress());
          } else {
            context.out().println(SandboxNetwork.preset().name() + ": not running");
          }
          return 0;
        });
  }

  static String toJson(SandboxStatus s) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode o = mapper.createObjectNode();
    o.put("running", s.running());
    if (s.running()) {
      o.put("pid", s.pid());
      o.put("rpcUrl", s.rpcUrl());
    } else {
      o.putNull("pid");
      o.putNull("rpcUrl");
    }
    o.put("chainId", s.chainId());
    o.put("testMoney", true);
    if (s.tokenAddress() != null) {
      o.put("tokenAddress", s.tokenAddress().toString());
    } else {
      o.putNull("tokenAddress");
    }
    if (s.blockNumber() >= 0) {
      o.put("blockNumber", s.blockNumber());
    } else {
      o.putNull("blockNumber");
    }
    return mapper.writeValueAsString(o);
  }
}
