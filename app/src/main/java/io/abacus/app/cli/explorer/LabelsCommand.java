package io.abacus.app.cli.explorer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.JsonOutput;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.labels.LabelFileException;
import io.abacus.explorer.labels.LabelTransfer;
import io.abacus.explorer.labels.LabelTransfer.LineResult;
import io.abacus.explorer.labels.LabelTransfer.Outcome;
import io.abacus.explorer.query.IndexLabels;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code abacus labels import|export FILE --db F}: BIP-329 label files in and out of an index. */
@Command(
    name = "labels",
    description = "Import or export address and transaction labels as BIP-329 JSON Lines.",
    mixinStandardHelpOptions = true,
    subcommands = {LabelsCommand.Import.class, LabelsCommand.Export.class})
public final class LabelsCommand {
  @Command(
      name = "import",
      description =
          "Import a BIP-329 file (from Sparrow or another wallet): 'addr' and 'tx' records are"
              + " stored, other types skipped; each line's outcome is printed. Exits 1 when a line"
              + " could not be read (the other lines are still imported).",
      mixinStandardHelpOptions = true)
  public static final class Import implements Callable<Integer> {
    private final CliContext context;

    @Parameters(paramLabel = "FILE", description = "The .jsonl file to import.")
    Path file;

    @Mixin IndexFileOption index = new IndexFileOption();

    @Option(names = "--json", description = "Print {\"added\":N,...,\"lines\":[...]}.")
    boolean json;

    public Import(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws Exception {
      ExplorerDatabase database = index.open(context.env());
      LabelTransfer.ImportReport report;
      try (IndexLabels labels = new IndexLabels(database)) {
        report = ExplorerSupport.run(() -> new LabelTransfer(labels).importFile(file));
      } catch (LabelFileException e) {
        throw new UserException(e.getMessage(), e);
      }
      if (json) {
        JsonOutput.print(context.out(), toJson(report));
      } else {
        for (LineResult l : report.lines()) {
          context.out().println(describe(l));
        }
        context.out().println(summary(report));
      }
      return report.count(Outcome.ERROR) > 0 ? 1 : 0;
    }

    private static String describe(LineResult l) {
      StringBuilder s = new StringBuilder("line ").append(l.line()).append(": ");
      s.append(l.outcome().name().toLowerCase(Locale.ROOT));
      if (l.ref() != null) {
        s.append(' ').append(l.ref());
      }
      if (l.message() != null) {
        s.append(" (").append(l.message()).append(')');
      }
      return s.toString();
    }

    private static String summary(LabelTransfer.ImportReport r) {
      return String.format(
          Locale.ROOT,
          "%d added, %d updated, %d removed, %d unchanged, %d skipped, %d not read",
          r.count(Outcome.ADDED),
          r.count(Outcome.UPDATED),
          r.count(Outcome.REMOVED),
          r.count(Outcome.UNCHANGED),
          r.count(Outcome.SKIPPED),
          r.count(Outcome.ERROR));
    }

    private static ObjectNode toJson(LabelTransfer.ImportReport r) {
      ObjectNode o = JsonOutput.object();
      for (Outcome outcome : Outcome.values()) {
        o.put(outcome.name().toLowerCase(Locale.ROOT), r.count(outcome));
      }
      ArrayNode lines = o.putArray("lines");
      for (LineResult l : r.lines()) {
        ObjectNode line = lines.addObject();
        line.put("line", l.line());
        line.put("outcome", l.outcome().name().toLowerCase(Locale.ROOT));
        line.put("ref", l.ref());
        line.put("message", l.message());
      }
      return o;
    }
  }

  @Command(
      name = "export",
      description =
          "Write every address and transaction label of the index to FILE as BIP-329 JSON Lines"
              + " (the previous FILE is kept as FILE.bak).",
      mixinStandardHelpOptions = true)
  public static final class Export implements Callable<Integer> {
    private final CliContext context;

    @Parameters(paramLabel = "FILE", description = "The .jsonl file to write.")
    Path file;

    @Mixin IndexFileOption index = new IndexFileOption();

    public Export(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws Exception {
      ExplorerDatabase database = index.open(context.env());
      int n;
      try (IndexLabels labels = new IndexLabels(database)) {
        n = ExplorerSupport.run(() -> new LabelTransfer(labels).exportFile(file));
      }
      context.out().println("Wrote " + n + (n == 1 ? " label" : " labels") + " to " + file);
      return 0;
    }
  }
}
