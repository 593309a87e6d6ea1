package io.abacus.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnsignedJarsTest {
  @TempDir Path dir;

  @Test
  void aSignedJarIsReplacedByACopyWithoutSignatureOrDigestsAndTheRestIsKept() throws Exception {
    Path signed = jar("signed.jar", true);
    Path plain = jar("plain.jar", false);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    String classPath =
        String.join(File.pathSeparator, signed.toString(), classes.toString(), plain.toString());

    String[] rewritten =
        UnsignedJars.rewrite(classPath, dir.resolve("copies")).split(File.pathSeparator);

    assertThat(rewritten).hasSize(3);
    assertThat(Path.of(rewritten[0])).isEqualTo(dir.resolve("copies/signed.jar"));
    assertThat(rewritten[1]).isEqualTo(classes.toString());
    assertThat(rewritten[2]).isEqualTo(plain.toString());
    try (JarFile copy = new JarFile(rewritten[0])) {
      assertThat(copy.stream().map(JarEntry::getName))
          .contains("a/B.class", "META-INF/MANIFEST.MF", "META-INF/services/x")
          .doesNotContain("META-INF/SIGNER.SF", "META-INF/SIGNER.RSA");
      assertThat(
              new String(
                  copy.getInputStream(copy.getEntry("a/B.class")).readAllBytes(),
                  StandardCharsets.UTF_8))
          .isEqualTo("bytes of a/B.class");
      Manifest manifest = copy.getManifest();
      assertThat(manifest.getMainAttributes().getValue("Multi-Release")).isEqualTo("true");
      assertThat(manifest.getEntries()).isEmpty();
    }
    try (JarFile original = new JarFile(signed.toFile())) {
      assertThat(original.getEntry("META-INF/SIGNER.SF")).isNotNull();
    }
  }

  /** A jar with one class entry; "signed" adds signature files and a digest section (not real). */
  private Path jar(String name, boolean signed) throws Exception {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MULTI_RELEASE, "true");
    if (signed) {
      Attributes digest = new Attributes();
      digest.putValue("SHA-256-Digest", "AAAA");
      manifest.getEntries().put("a/B.class", digest);
    }
    Path path = dir.resolve(name);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(path), manifest)) {
      put(out, "a/B.class");
      put(out, "META-INF/services/x");
      if (signed) {
        put(out, "META-INF/SIGNER.SF");
        put(out, "META-INF/SIGNER.RSA");
      }
    }
    return path;
  }

  private static void put(JarOutputStream out, String entry) throws Exception {
    out.putNextEntry(new JarEntry(entry));
    OutputStream o = out;
    o.write(("bytes of " + entry).getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }
}
