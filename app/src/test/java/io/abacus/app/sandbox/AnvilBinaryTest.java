package io.abacus.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnvilBinaryTest {
  @TempDir Path tmp;
  Path checkout;
  Path pinned;
  Path custom;

  @BeforeEach
  void layout() throws IOException {
    checkout = tmp.resolve("abacus");
    pinned = executable(checkout.resolve(AnvilBinary.RELATIVE));
    custom = executable(tmp.resolve("opt/foundry/anvil"));
  }

  @Test
  void systemPropertyWinsOverEnvironmentAndCheckout() {
    AnvilBinary b =
        new AnvilBinary(
            custom.toString(),
            Map.of(AnvilBinary.ENV_VAR, pinned.toString()),
            "Linux",
            "amd64",
            List.of(checkout));
    assertThat(b.resolve()).isEqualTo(custom);
  }

  @Test
  void environmentVariableWinsOverCheckout() {
    AnvilBinary b =
        new AnvilBinary(
            null,
            Map.of(AnvilBinary.ENV_VAR, custom.toString()),
            "Linux",
            "amd64",
            List.of(checkout));
    assertThat(b.resolve()).isEqualTo(custom);
  }

  @Test
  void findsThePinnedPackageUpwardsFromTheJar() throws IOException {
    Path jar = checkout.resolve("app/target/abacus-app.jar");
    Files.createDirectories(jar.getParent());
    Files.createFile(jar);
    Path elsewhere = Files.createDirectories(tmp.resolve("home/user"));
    AnvilBinary b = new AnvilBinary(" ", Map.of(), "Linux", "x86_64", List.of(elsewhere, jar));
    assertThat(b.resolve()).isEqualTo(pinned);
  }

  @Test
  void findsThePinnedPackageFromTheWorkingDirectory() {
    AnvilBinary b =
        new AnvilBinary(
            null, Map.of(), "Linux", "amd64", List.of(checkout.resolve("tools/devchain")));
    assertThat(b.resolve()).isEqualTo(pinned);
  }

  @Test
  void otherPlatformsWithoutAnOverrideGetAMessageNamingThePlatform() {
    for (String[] platform :
        new String[][] {{"Windows 11", "amd64"}, {"Mac OS X", "aarch64"}, {"Linux", "aarch64"}}) {
      AnvilBinary b = new AnvilBinary(null, Map.of(), platform[0], platform[1], List.of(checkout));
      assertThatThrownBy(b::resolve)
          .isInstanceOf(SandboxException.class)
          .hasMessageContaining("no bundled anvil for " + platform[0] + " (" + platform[1] + ")")
          .hasMessageContaining(AnvilBinary.ENV_VAR);
    }
  }

  @Test
  void otherPlatformsUseAnOverride() {
    AnvilBinary b =
        new AnvilBinary(
            null, Map.of(AnvilBinary.ENV_VAR, custom.toString()), "Mac OS X", "aarch64", List.of());
    assertThat(b.resolve()).isEqualTo(custom);
  }

  @Test
  void missingOverrideNamesThePathAndWhereItCameFrom() {
    Path missing = tmp.resolve("nope/anvil");
    AnvilBinary b =
        new AnvilBinary(missing.toString(), Map.of(), "Linux", "amd64", List.of(checkout));
    assertThatThrownBy(b::resolve)
        .isInstanceOf(SandboxException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("system property " + AnvilBinary.PROPERTY);
  }

  @Test
  void notExecutableIsReported() throws IOException {
    Path plain = Files.createFile(tmp.resolve("anvil-plain"));
    AnvilBinary b =
        new AnvilBinary(
            null, Map.of(AnvilBinary.ENV_VAR, plain.toString()), "Linux", "amd64", List.of());
    assertThatThrownBy(b::resolve).hasMessageContaining("is not executable");
  }

  @Test
  void nothingInstalledSaysHowToInstall() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    AnvilBinary b = new AnvilBinary(null, Map.of(), "Linux", "amd64", List.of(empty));
    assertThatThrownBy(b::resolve)
        .isInstanceOf(SandboxException.class)
        .hasMessageContaining(AnvilBinary.PACKAGE)
        .hasMessageContaining("tools/devchain/install.sh");
  }

  private static Path executable(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }
}
