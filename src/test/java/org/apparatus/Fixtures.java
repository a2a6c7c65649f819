package org.apparatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apparatus.build.Build;

/** Helpers for tests that build fixture editions. */
public final class Fixtures {
  public static final Path PROJECT = Path.of("").toAbsolutePath();
  public static final Path TEMPLATES = PROJECT.resolve("templates");
  public static final Path RESOURCES = PROJECT.resolve("src/test/resources");

  private Fixtures() {}

  public static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("apparatus.updateGolden", "false"));
  }

  /** Builds the edition under {@code root} (content/ and the given templates) into {@code site}. */
  public static Build.Result build(Path root, Path templates, Path site, boolean strict, boolean write) {
    return Build.run(new Build.Options(root, root.resolve("content"), templates, site, null, strict, write));
  }

  /** Builds the project's own edition into {@code site} (strict), failing the calling test if the build fails. */
  public static Build.Result buildEdition(Path site) {
    Build.Result result = build(PROJECT, TEMPLATES, site, true, true);
    org.junit.jupiter.api.Assertions.assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    return result;
  }

  /** The bundled edition as built once: the site written to disk and the build's result. */
  public record Built(Path site, Build.Result result) {}

  private static final java.util.Map<String, Built> SHARED = new java.util.HashMap<>();
  private static final java.util.Map<String, String> SHARED_DIGESTS = new java.util.HashMap<>();

  /**
   * The project's own edition built once per JVM (strict) into a temporary directory, for tests that only read it
   * (its site on disk or the build's result). Each hand-out checks that no earlier test wrote into either; a test
   * that needs to change the site builds its own with {@link #buildEdition}.
   */
  public static Built sharedEdition() throws IOException {
    return sharedEdition(null);
  }

  /** As {@link #sharedEdition()}, built with the given base URL (null for none); one build per base URL. */
  public static synchronized Built sharedEdition(String baseUrl) throws IOException {
    String key = String.valueOf(baseUrl);
    Built built = SHARED.get(key);
    if (built == null) {
      Path dir = Files.createTempDirectory("apparatus-edition");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "shared-edition-cleanup"));
      Path site = dir.resolve("site");
      Build.Result result = Build.run(new Build.Options(PROJECT, PROJECT.resolve("content"), TEMPLATES, site, baseUrl, true, true));
      org.junit.jupiter.api.Assertions.assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
      built = new Built(site, result);
      SHARED.put(key, built);
      SHARED_DIGESTS.put(key, digestOf(built));
    } else {
      assertEquals(SHARED_DIGESTS.get(key), digestOf(built),
          "a test changed the shared edition's site or build result: such a test must build its own copy");
    }
    return built;
  }

  private static String digestOf(Built built) throws IOException {
    StringBuilder b = new StringBuilder(treeDigest(built.site()));
    new java.util.TreeMap<>(built.result().files()).forEach((path, bytes) -> b.append(path).append(' ').append(sha256(bytes)).append('\n'));
    return b.toString();
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A temporary directory left behind at exit is harmless.
    }
  }

  /** The HTML pages written under {@code site}, as sorted paths relative to it with {@code /} separators. */
  public static java.util.List<String> htmlPages(Path site) throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/'))
          .sorted().toList();
    }
  }

  /** Compares {@code actual} with the golden file, or rewrites the golden file when updating. */
  public static void assertGolden(Path golden, String actual) throws IOException {
    if (updating()) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "<missing golden file " + golden + ">";
    assertEquals(expected, actual, "golden file " + PROJECT.relativize(golden) + " differs (refresh with -DupdateGolden=true and review the diff)");
  }

  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** Every file under {@code dir} with its bytes, as a sorted "path sha" listing. */
  public static String treeDigest(Path dir) throws IOException {
    StringBuilder b = new StringBuilder();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
        b.append(dir.relativize(p)).append(' ').append(sha256(Files.readAllBytes(p))).append('\n');
      }
    }
    return b.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
