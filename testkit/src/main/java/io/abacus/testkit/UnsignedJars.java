package io.abacus.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A class path for child JVMs in which every signed jar is replaced by a copy without its signature
 * (and without the manifest's per-entry digests). A JVM that loads a class from a signed jar first
 * checks the jar's signature (its PKCS#7 block and the manifest's digest of every entry; for
 * bcprov, a manifest of 855 KB) and then the digest of every class it reads from it: about 0.2 CPU
 * s of each child that signs (bcprov's secp256k1), measured on a probe that loads the curve and
 * signs once, 4 alternated pairs, 0.52-0.61 s signed and 0.32-0.36 s unsigned. What a kill test
 * proves is the child's behaviour, not the jar's origin: the test JVM itself loads the signed jars
 * as they are.
 */
final class UnsignedJars {
  private UnsignedJars() {}

  /**
   * {@code classPath} with each signed jar replaced by an unsigned copy in {@code dir} (created
   * when missing); other entries are kept as they are.
   */
  static String rewrite(String classPath, Path dir) {
    List<String> out = new ArrayList<>();
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      Path jar = Path.of(entry);
      out.add(isSignedJar(jar) ? unsignedCopy(jar, dir).toString() : entry);
    }
    return String.join(java.io.File.pathSeparator, out);
  }

  private static boolean isSignedJar(Path path) {
    if (!path.toString().endsWith(".jar") || !Files.isRegularFile(path)) {
      return false;
    }
    try (JarFile jar = new JarFile(path.toFile(), false)) {
      return jar.stream().anyMatch(e -> isSignatureFile(e.getName()));
    } catch (IOException e) {
      return false; // not a readable jar: the child gets it unchanged, as before
    }
  }

  private static boolean isSignatureFile(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return upper.startsWith("META-INF/")
        && upper.indexOf('/', "META-INF/".length()) < 0
        && (upper.endsWith(".SF")
            || upper.endsWith(".RSA")
            || upper.endsWith(".DSA")
            || upper.endsWith(".EC"));
  }

  /**
   * Copies {@code jar} into {@code dir} and removes its signature files and per-entry manifest
   * sections through the zip file system, which copies the unchanged entries' compressed bytes as
   * they are (no inflating and deflating of the classes).
   */
  private static Path unsignedCopy(Path jar, Path dir) {
    try {
      Files.createDirectories(dir);
      Path copy = dir.resolve(jar.getFileName());
      Files.copy(jar, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      try (FileSystem zip =
          FileSystems.newFileSystem(URI.create("jar:" + copy.toUri()), Map.of())) {
        Path metaInf = zip.getPath("META-INF");
        try (Stream<Path> files = Files.list(metaInf)) {
          for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
            if (isSignatureFile("META-INF/" + f.getFileName())) {
              Files.delete(f);
            }
          }
        }
        Path manifestPath = zip.getPath("META-INF/MANIFEST.MF");
        Manifest manifest;
        try (InputStream in = Files.newInputStream(manifestPath)) {
          manifest = new Manifest(in);
        }
        manifest.getEntries().clear(); // the digests; main attributes (Multi-Release) stay
        try (OutputStream o = Files.newOutputStream(manifestPath)) {
          manifest.write(o);
        }
      }
      copy.toFile().deleteOnExit();
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + jar + " without its signature", e);
    }
  }
}
