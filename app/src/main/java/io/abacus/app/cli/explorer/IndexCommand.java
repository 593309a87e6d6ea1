package io.abacus.app.cli.explorer;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.RootOptions;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.NodeOptions;
import io.abacus.explorer.db.DbLocation;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.db.SqliteNativeLibrary;
import io.abacus.explorer.ingest.Indexer;
import io.abacus.explorer.ingest.IndexerConfig;
import io.abacus.explorer.ingest.Progress;
import io.abacus.explorer.ingest.ProgressListener;
import io.abacus.explorer.reorg.Reorg;
import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.explorer.rpc.NewHeads;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code abacus index}: indexes a node's blocks into a SQLite file or a PostgreSQL database. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    subcommands = IndexMigrateCommand.class,
    description = {
      "Index blocks, transactions, logs and token transfers from a node into a SQLite file"
          + " or a PostgreSQL database.",
      "Resumes from the file's checkpoint; rolls back reorgs. Progress goes to stderr."
    })
public final class IndexCommand implements Callable<Integer> {
  /**
   * The auth header variable of earlier versions; still read, with a notice, when the node options
   * give no auth. To be removed in the next release.
   */
  static final String AUTH_ENV = "ABACUS_RPC_AUTH";

  // 30 s, not 60: a stalling node should not keep 'index' silent for minutes (issue 19).
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration STALL_NOTICE_EVERY = Duration.ofSeconds(5);

  private final CliContext context;

  @Mixin NodeOptions node = new NodeOptions();

  // Not a required option for picocli, which would then ask for it before 'index migrate' too;
  // checked in call() instead. Otherwise the same as IndexFileOption.
  @Option(names = "--db", paramLabel = "FILE|URL", description = IndexFileOption.DB_HELP)
  String db;

  @Option(
      names = "--db-password-file",
      paramLabel = "F",
      description = "With a postgresql:// --db: a file whose first line is the password.")
  Path dbPasswordFile;

  @Spec CommandSpec spec;

  @ParentCommand RootOptions root;

  @Option(
      names = "--from",
      paramLabel = "N",
      description = "First block of a new index (default 0).")
  Long from;

  @Option(names = "--to", paramLabel = "N|latest", description = "Last block (default latest).")
  String to;

  @Option(names = "--follow", description = "Keep following new heads after catching up.")
  boolean follow;

  @Option(
      names = "--ws",
      paramLabel = "URL",
      description =
          "With --follow: the node's WebSocket URL, to wake on newHeads instead of waiting.")
  URI ws;

  @Option(
      names = "--concurrency",
      paramLabel = "K",
      defaultValue = "4",
      description = "Batches fetched in parallel (default 4).")
  int concurrency;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      defaultValue = "50",
      description = "Blocks per JSON-RPC batch (default 50).")
  int batchSize;

  @Option(
      names = "--confirmations",
      paramLabel = "N",
      defaultValue = "12",
      description = "Blocks below the head that count as confirmed (default 12).")
  int confirmations;

  @Option(
      names = "--poll",
      paramLabel = "SECONDS",
      defaultValue = "2",
      description = "Follow mode polling interval (default 2).")
  int pollSeconds;

  @Option(
      names = "--traces",
      description =
          "Also index internal ETH transfers and contract creations from the node's traces"
              + " (debug_traceBlockByNumber or trace_block); the index remembers this.")
  boolean traces;

  public IndexCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    if (db == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--db=FILE|URL'");
    }
    return ExplorerSupport.run(this::index);
  }

  private Integer index() {
    if (concurrency < 1 || batchSize < 1 || pollSeconds < 1) {
      throw new UserException("--concurrency, --batch-size and --poll must be at least 1");
    }
    OptionalLong last = parseTo();
    IndexerConfig config =
        IndexerConfig.defaults()
            .withConcurrency(concurrency)
            .withBatchSize(batchSize)
            .withConfirmations(confirmations)
            .withTraces(traces);
    DbLocation location = ExplorerSupport.location(db, dbPasswordFile, context.env());
    // The database opens (and a new file gets its schema) while this thread sets up the node's
    // client and asks the node its chain: on a fresh start both are mostly class loading.
    Path cache = location.isFile() ? cacheFolder() : null;
    CompletableFuture<ExplorerDatabase> opening =
        CompletableFuture.supplyAsync(
            () -> {
              if (cache != null) {
                SqliteNativeLibrary.useCache(cache);
              }
              return ExplorerDatabase.open(location);
            },
            IndexCommand::opener);
    BlockFetcher reader;
    try {
      reader = new BlockFetcher(node.json(DEFAULT_TIMEOUT, authFromEnvironment()), batchSize);
      try (StallNotice notice = stallNotice()) {
        reader.chainId();
      }
    } catch (RuntimeException | Error e) {
      // A wrong or silent node ends the command, but only once the database has been opened:
      // nothing may still be writing the user's folder after the command has answered.
      opening.handle((database, error) -> null).join();
      throw e;
    }
    ExplorerDatabase database = opened(opening);
    OptionalLong first = from == null ? OptionalLong.empty() : OptionalLong.of(from);
    Printer printer = new Printer();
    try (Indexer indexer = new Indexer(reader, database, config, printer)) {
      if (follow) {
        NewHeads heads =
            ws == null
                ? NewHeads.polling()
                : NewHeads.webSocket(ws, Duration.ofSeconds(10)).orElseGet(NewHeads::polling);
        try (heads) {
          indexer.follow(
              first,
              Duration.ofSeconds(pollSeconds),
              heads,
              () -> Thread.currentThread().isInterrupted());
        }
        return 0;
      }
      Indexer.Result result;
      try (StallNotice notice = stallNotice()) {
        printer.watch(notice);
        result = indexer.index(first, last, () -> false);
      }
      if (result.to() < result.from()) {
        context
            .out()
            .printf(
                Locale.ROOT,
                "nothing to do: the index already ends at block %d%n",
                result.from() - 1);
      } else {
        context
            .out()
            .printf(
                Locale.ROOT,
                "indexed blocks %d..%d: %d blocks, %d transactions%s%n",
                result.from(),
                result.to(),
                result.blocks(),
                result.transactions(),
                result.reorgs() > 0 ? ", " + result.reorgs() + " reorg(s) rolled back" : "");
      }
    }
    database.checkpointWal();
    return 0;
  }

  /**
   * Where sqlite-jdbc's native library is kept between runs (the data folder's {@code cache}), so
   * it is not extracted to the temp folder on every start.
   */
  private Path cacheFolder() {
    return (root == null ? context.dataDirectory(null) : root.dataDirectory()).resolve("cache");
  }

  private StallNotice stallNotice() {
    return StallNotice.start(
        context.err(), STALL_NOTICE_EVERY, (int) node.timeout(DEFAULT_TIMEOUT).toSeconds());
  }

  private static void opener(Runnable open) {
    Thread t = new Thread(open, "index-open");
    t.setDaemon(true);
    t.start();
  }

  private static ExplorerDatabase opened(CompletableFuture<ExplorerDatabase> opening) {
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** The deprecated {@code $ABACUS_RPC_AUTH} ("Authorization: value" or a bare value). */
  private Optional<String> authFromEnvironment() {
    String header = context.env().get(AUTH_ENV);
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    if (node.target().auth().isPresent()) {
      return Optional.empty();
    }
    context
        .err()
        .println(
            "notice: $"
                + AUTH_ENV
                + " is deprecated and will be removed; use --rpc-auth-file or --network");
    int colon = header.indexOf(':');
    if (colon < 0) {
      return Optional.of(header.strip());
    }
    if (!header.substring(0, colon).strip().equalsIgnoreCase("Authorization")) {
      throw new UserException(
          "$" + AUTH_ENV + " must hold an Authorization header; use --rpc-auth-file instead");
    }
    return Optional.of(header.substring(colon + 1).strip());
  }

  private OptionalLong parseTo() {
    if (to == null || to.equalsIgnoreCase("latest")) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(to));
    } catch (NumberFormatException e) {
      throw new UserException("--to must be a block number or 'latest', not '" + to + "'");
    }
  }

  /** Prints progress to stderr at most once a second. */
  private final class Printer implements ProgressListener {
    private long lastPrint;
    private StallNotice notice;

    void watch(StallNotice n) {
      notice = n;
    }

    @Override
    public void onProgress(Progress p) {
      if (notice != null) {
        notice.progressed();
      }
      long now = System.nanoTime();
      if (now - lastPrint < 1_000_000_000L && p.stored() < p.to()) {
        return;
      }
      lastPrint = now;
      String eta = p.eta().map(IndexCommand::format).orElse("?");
      context
          .err()
          .printf(
              Locale.ROOT,
              "block %d of %d (%.1f%%)  %.0f blocks/s  %.0f tx/s  ETA %s%n",
              p.stored(),
              p.to(),
              p.fraction() * 100,
              p.blocksPerSecond(),
              p.txPerSecond(),
              eta);
      context.err().flush();
    }

    @Override
    public void onNotice(String message) {
      context.err().println(message);
      context.err().flush();
    }

    @Override
    public void onIndexesBuilding() {
      context.err().println("building indexes...");
      context.err().flush();
    }

    @Override
    public void onIndexesBuilt(int count, Duration took) {
      context
          .err()
          .printf(Locale.ROOT, "built %d indexes in %.1f s%n", count, took.toMillis() / 1000.0);
      context.err().flush();
    }

    @Override
    public void onReorg(Reorg r) {
      context
          .err()
          .printf(
              Locale.ROOT,
              "reorg at block %d: %d block(s) rolled back (%s replaced by %s)%n",
              r.height(),
              r.depth(),
              r.oldHash(),
              r.newHash());
    }
  }

  private static String format(Duration d) {
    long s = d.toSeconds();
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
  }
}
