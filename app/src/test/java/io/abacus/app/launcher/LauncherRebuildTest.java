package io.abacus.app.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's {@code ./abacus} builds the jars when a source or pom is newer than them. Maven leaves
 * an up-to-date jar untouched, so a change that does not alter the jar (a pom's comment or plugin
 * setting) kept the jar older than the pom, and every later start ran Maven again (seen: each
 * {@code abacus index} took 9 s instead of 5). Run against a copy of the launcher with a stand-in
 * {@code mvn} that, like Maven with nothing to do, leaves the jar as it was, and a stand-in {@code
 * java}.
 */
class LauncherRebuildTest {
  @TempDir Path root;

  @Test
  void buildsOnceWhenTheBuildLeavesTheJarAsItWas() throws Exception {
    Files.copy(Path.of("..", "abacus"), root.resolve("abacus"));
    executable(root.resolve("abacus"));
    Path jar = root.resolve("app/target/abacus-app.jar");
    Files.createDirectories(root.resolve("app/target/lib"));
    Files.createDirectories(root.resolve("app/src/main"));
    Files.createDirectories(root.resolve("resources"));
    Files.writeString(jar, "jar");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3600)));
    Files.writeString(root.resolve("pom.xml"), "<project/>"); // changed after the last build
    Path bin = Files.createDirectories(root.resolve("bin"));
    Path calls = root.resolve("mvn-calls");
    script(bin.resolve("mvn"), "echo build >> '" + calls + "'");
    script(bin.resolve("java"), "exit 0");
    Files.createDirectories(root.resolve("lib"));
    Files.writeString(root.resolve("lib/modules"), ""); // the stand-in JDK's (bin/java's ../lib)

    for (int i = 0; i < 3; i++) {
      assertThat(run(bin)).isZero();
    }

    assertThat(Files.readAllLines(calls)).hasSize(1);
  }

  private int run(Path bin) throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(List.of("bash", root.resolve("abacus").toString(), "--version"))
            .redirectErrorStream(true)
            .redirectOutput(root.resolve("out.txt").toFile());
    pb.environment().put("PATH", bin + ":/usr/bin:/bin");
    pb.environment().remove("JAVA_HOME");
    pb.environment().put("ABACUS_CDS", "off");
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  private static void script(Path file, String body) throws IOException {
    Files.writeString(file, "#!/bin/sh\n" + body + "\n");
    executable(file);
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
