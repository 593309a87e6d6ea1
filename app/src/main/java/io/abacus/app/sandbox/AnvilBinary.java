package io.abacus.app.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the anvil executable that runs the Sandbox: the {@value #PROPERTY} system property (the
 * packaged app sets it), else the {@value #ENV_VAR} environment variable, else the pinned npm
 * package {@value #PACKAGE} in {@code tools/devchain/node_modules} of a source checkout, searched
 * upwards from the running jar and from the working directory.
 */
public final class AnvilBinary {
  public static final String PROPERTY = "abacus.anvil";
  public static final String ENV_VAR = "ABACUS_ANVIL";
  public static final String PACKAGE = "@foundry-rs/anvil-linux-amd64";
  static final Path RELATIVE =
      Path.of(
          "tools", "devchain", "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil");

  private final String property;
  private final Map<String, String> env;
  private final String osName;
  private final String osArch;
  private final List<Path> searchFrom;

  /**
   * @param property value of {@value #PROPERTY}, or null
   * @param env the environment
   * @param osName {@code os.name}
   * @param osArch {@code os.arch}
   * @param searchFrom folders to search upwards from for a source checkout
   */
  public AnvilBinary(
      String property,
      Map<String, String> env,
      String osName,
      String osArch,
      List<Path> searchFrom) {
    this.property = property;
    this.env = Map.copyOf(env);
    this.osName = osName == null ? "" : osName;
    this.osArch = osArch == null ? "" : osArch;
    this.searchFrom = List.copyOf(searchFrom);
  }

  /** For the running process: its system property, environment, jar location and working dir. */
  public static AnvilBinary forThisProcess(Map<String, String> env) {
    List<Path> from = new ArrayList<>();
    try {
      Path code =
          Path.of(AnvilBinary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      from.add(code.toAbsolutePath());
    } catch (Exception noLocation) {
      // Some class loaders give no code source; the working directory is still searched.
    }
    from.add(Path.of("").toAbsolutePath());
    return new AnvilBinary(
        System.getProperty(PROPERTY),
        env,
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        from);
  }

  /**
   * The anvil executable.
   *
   * @throws SandboxException naming what was tried (and the platform when there is no binary for
   *     it)
   */
  public Path resolve() {
    if (property != null && !property.isBlank()) {
      return executable(Path.of(property.strip()), "the system property " + PROPERTY);
    }
    String fromEnv = env.get(ENV_VAR);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return executable(Path.of(fromEnv.strip()), "the environment variable " + ENV_VAR);
    }
    if (!isLinuxAmd64()) {
      throw new SandboxException(
          "the Sandbox has no bundled anvil for "
              + osName
              + " ("
              + osArch
              + "): install Foundry's anvil and set "
              + ENV_VAR
              + " to its path");
    }
    for (Path start : searchFrom) {
      for (Path dir = start; dir != null; dir = dir.getParent()) {
        Path candidate = dir.resolve(RELATIVE);
        if (Files.isRegularFile(candidate)) {
          return executable(candidate, "the source checkout");
        }
      }
    }
    throw new SandboxException(
        "anvil (npm package "
            + PACKAGE
            + ") is not installed: run tools/devchain/install.sh, or set "
            + ENV_VAR
            + " to an anvil binary");
  }

  private boolean isLinuxAmd64() {
    String os = osName.toLowerCase(Locale.ROOT);
    String arch = osArch.toLowerCase(Locale.ROOT);
    return os.startsWith("linux") && (arch.equals("amd64") || arch.equals("x86_64"));
  }

  private static Path executable(Path path, String source) {
    Path absolute = path.toAbsolutePath().normalize();
    if (!Files.isRegularFile(absolute)) {
      throw new SandboxException("anvil not found at " + absolute + " (from " + source + ")");
    }
    if (!Files.isExecutable(absolute)) {
      throw new SandboxException(
          "anvil at " + absolute + " (from " + source + ") is not executable");
    }
    return absolute;
  }
}
