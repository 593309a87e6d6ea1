package io.abacus.app.cli.doctor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.RootOptions;
import io.abacus.app.cli.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code abacus doctor}: checks that this installation works, offline. */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Checks that this installation works: Java runtime and JavaFX, SQLite, database",
      "migrations, signing, TLS, the JDK HTTP client, the bundled anvil and the data folder.",
      "Uses no network. Exits 1 when a check fails."
    })
public final class DoctorCommand implements Callable<Integer> {
  private final CliContext context;

  @ParentCommand RootOptions root;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  public DoctorCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Path scratch = Files.createTempDirectory("abacus-doctor");
    List<Check> checks;
    try {
      AnvilProbe anvil = new AnvilProbe(System.getProperty(AnvilProbe.PROPERTY));
      checks = new RuntimeChecks(root.dataDirectory(), scratch, anvil).run();
    } finally {
      deleteTree(scratch);
    }
    long failed = checks.stream().filter(c -> c.status() == Check.Status.FAILED).count();
    if (json) {
      printJson(checks, failed == 0);
    } else {
      for (Check c : checks) {
        context
            .out()
            .printf(
                "%-8s %-12s %s%n",
                c.status().name().toLowerCase(Locale.ROOT), c.name(), c.detail());
      }
    }
    if (failed > 0) {
      throw new UserException(failed + " of " + checks.size() + " checks failed");
    }
    return 0;
  }

  private void printJson(List<Check> checks, boolean ok) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode result = mapper.createObjectNode().put("ok", ok);
    ArrayNode list = result.putArray("checks");
    for (Check c : checks) {
      list.addObject()
          .put("name", c.name())
          .put("status", c.status().name().toLowerCase(Locale.ROOT))
          .put("detail", c.detail());
    }
    context.out().println(mapper.writeValueAsString(result));
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(DoctorCommand::deleteQuietly);
    } catch (IOException e) {
      deleteQuietly(dir);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // A leftover file in the temp folder holds nothing of the user's; not worth failing for.
    }
  }
}
