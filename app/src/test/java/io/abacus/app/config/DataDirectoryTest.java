package io.abacus.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
  private static final String HOME = "/home/ana";

  @org.junit.jupiter.api.io.TempDir Path temp;

  @Test
  void prepareMakesTheDataFolderAndItsPrivateFoldersOwnerOnly() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(io.abacus.wallet.storage.PrivateFiles.posix());
    Path data = temp.resolve("abacus");
    // Folders an older version created world-readable.
    for (String name : List.of("wallets", "indexes", "sandbox")) {
      Files.createDirectories(data.resolve(name));
      Files.setPosixFilePermissions(
          data.resolve(name), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    DataDirectory.prepare(data);
    for (Path p :
        List.of(
            data,
            data.resolve("wallets"),
            data.resolve("logs"),
            data.resolve("indexes"),
            data.resolve("sandbox"))) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
          .as(p.toString())
          .isEqualTo("rwx------");
    }
    // Files written through AtomicFile there are 0600 (wallets, settings, stores).
    io.abacus.wallet.storage.AtomicFile.write(data.resolve("settings.json"), new byte[] {'{', '}'});
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve("settings.json"))))
        .isEqualTo("rw-------");
  }

  @Test
  void linuxUsesXdgDataHomeOrLocalShare() {
    assertThat(DataDirectory.resolve(null, Map.of(), "Linux", HOME))
        .isEqualTo(Path.of("/home/ana/.local/share/abacus"));
    assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME))
        .isEqualTo(Path.of("/data/xdg/abacus"));
    // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "rel"), "Linux", HOME))
        .isEqualTo(Path.of("/home/ana/.local/share/abacus"));
  }

  @Test
  void windowsUsesAppData() {
    assertThat(
            DataDirectory.resolve(
                null, Map.of("APPDATA", "/c/Users/ana/AppData/Roaming"), "Windows 11", HOME))
        .isEqualTo(Path.of("/c/Users/ana/AppData/Roaming/Abacus"));
  }

  @Test
  void macUsesApplicationSupport() {
    assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", HOME))
        .isEqualTo(Path.of("/home/ana/Library/Application Support/Abacus"));
  }

  @Test
  void commandLineBeatsEnvironmentWhichBeatsDefault() {
    Map<String, String> env = Map.of(DataDirectory.ENV_VAR, "/tmp/from-env");
    assertThat(DataDirectory.resolve(null, env, "Linux", HOME)).isEqualTo(Path.of("/tmp/from-env"));
    assertThat(DataDirectory.resolve(Path.of("/tmp/from-cli"), env, "Linux", HOME))
        .isEqualTo(Path.of("/tmp/from-cli"));
  }
}
