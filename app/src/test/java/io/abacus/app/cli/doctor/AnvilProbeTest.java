package io.abacus.app.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.testkit.ProjectPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnvilProbeTest {
  @TempDir Path dir;

  @Test
  void thePinnedAnvilReportsItsVersion() {
    Path anvil = ProjectPaths.anvilBinary();

    Check c = new AnvilProbe(anvil.toString()).check();

    assertThat(c.status()).as(c.detail()).isEqualTo(Check.Status.OK);
    assertThat(c.detail())
        .containsPattern("anvil Version: \\d+\\.\\d+\\.\\d+")
        .contains(anvil + "");
  }

  @Test
  void unsetPropertyIsSkipped() {
    assertThat(new AnvilProbe(null).check().status()).isEqualTo(Check.Status.SKIPPED);
    assertThat(new AnvilProbe(" ").check().status()).isEqualTo(Check.Status.SKIPPED);
  }

  @Test
  void aMissingBinaryFails() {
    Check c = new AnvilProbe(dir.resolve("anvil").toString()).check();

    assertThat(c.status()).isEqualTo(Check.Status.FAILED);
    assertThat(c.detail()).endsWith("anvil is missing");
  }

  @Test
  void aBinaryWithoutExecutePermissionFails() throws Exception {
    Path anvil = Files.writeString(dir.resolve("anvil"), "#!/bin/sh\necho anvil\n");
    Files.setPosixFilePermissions(anvil, PosixFilePermissions.fromString("rw-r--r--"));

    Check c = new AnvilProbe(anvil.toString()).check();

    assertThat(c.status()).isEqualTo(Check.Status.FAILED);
    assertThat(c.detail()).endsWith("is not executable");
  }

  @Test
  void aBinaryThatExitsNonZeroFails() throws Exception {
    Path anvil = Files.writeString(dir.resolve("anvil"), "#!/bin/sh\necho broken >&2\nexit 3\n");
    Files.setPosixFilePermissions(anvil, PosixFilePermissions.fromString("rwxr-xr-x"));

    Check c = new AnvilProbe(anvil.toString()).check();

    assertThat(c.status()).isEqualTo(Check.Status.FAILED);
    assertThat(c.detail()).endsWith("--version exited 3");
  }
}
