package org.apparatus.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.apparatus.cite.Citable;
import org.apparatus.cite.CitationTemplates;
import org.apparatus.cite.CiteFormat;
import org.apparatus.model.BibEntry;
import org.apparatus.model.Edition;
import org.apparatus.render.CitationFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheTest {
  private static final Path CACHE_FILE = Path.of(BuildCache.DIRECTORY, BuildCache.FILE);

  @TempDir
  Path tmp;

  private Path copyOf(Path edition) throws IOException {
    Path root = tmp.resolve("edition");
    Fixtures.copyTree(edition.resolve("content"), root.resolve("content"));
    return root;
  }

  private static Build.Result build(Path root, Path site, BuildCache.Policy policy) {
    Build.Result result = Build.run(new Build.Options(root, root.resolve("content"), Fixtures.TEMPLATES, site, null, false, false)
        .withCache(policy));
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    return result;
  }

  private void assertCachedBuildsEqualAnUncachedOne(Path edition) throws IOException {
    Path root = copyOf(edition);
    Map<String, byte[]> uncached = build(root, tmp.resolve("a"), BuildCache.Policy.NONE).files();
    assertFalse(Files.exists(root.resolve(BuildCache.DIRECTORY)), "a build without the cache leaves no cache behind");
    Map<String, byte[]> filling = build(root, tmp.resolve("b"), BuildCache.Policy.USE).files();
    assertTrue(Files.isRegularFile(root.resolve(CACHE_FILE)));
    byte[] stored = Files.readAllBytes(root.resolve(CACHE_FILE));
    Map<String, byte[]> fromCache = build(root, tmp.resolve("c"), BuildCache.Policy.USE).files();
    assertArrayEquals(stored, Files.readAllBytes(root.resolve(CACHE_FILE)), "a build of unchanged sources leaves the cache as it was");
    for (Map<String, byte[]> files : List.of(filling, fromCache)) {
      assertEquals(uncached.keySet(), files.keySet());
      uncached.forEach((path, bytes) -> assertArrayEquals(bytes, files.get(path), path));
    }
  }

  @Test
  void theEditionBuiltFromTheCacheIsTheEditionBuiltWithoutIt() throws IOException {
    assertCachedBuildsEqualAnUncachedOne(Fixtures.PROJECT);
  }

  @Test
  void anotherStyleBuiltFromTheCacheIsTheSameAsWithoutIt() throws IOException {
    assertCachedBuildsEqualAnUncachedOne(Fixtures.RESOURCES.resolve("fixtures/csl-switch"));
  }

  /** The bundled edition's model, read once for the whole class: it is immutable, and no test writes to it. */
  private static Edition edition;

  private static synchronized Edition edition() {
    if (edition == null) {
      edition = Build.run(new Build.Options(Fixtures.PROJECT, Fixtures.PROJECT.resolve("content"), Fixtures.TEMPLATES,
          Fixtures.PROJECT.resolve("site"), null, false, false, Build.Mode.MODEL)).resolved().edition();
    }
    return edition;
  }

  private static List<BibEntry> references() {
    return edition().references();
  }

  private static final String STYLE = "chicago-author-date";

  @Test
  void changingOneEntryFormatsThatEntryAlone() throws IOException {
    List<BibEntry> entries = references();
    BuildCache cache = BuildCache.open(tmp, BuildCache.Policy.USE);
    CitationFormatter first = new CitationFormatter(entries, STYLE, "en-US", cache);
    assertEquals(entries.size(), first.formattedEntries());
    cache.save();

    CitationFormatter again = new CitationFormatter(entries, STYLE, "en-US", BuildCache.open(tmp, BuildCache.Policy.USE));
    assertEquals(0, again.formattedEntries());
    assertEquals(List.copyOf(first.bibliography().entrySet()), List.copyOf(again.bibliography().entrySet()));

    List<BibEntry> changed = new ArrayList<>(entries);
    BibEntry e = changed.get(7);
    changed.set(7, new BibEntry(e.key(), new CSLItemDataBuilder(e.item()).title("Aardvarks " + e.item().getTitle()).build(), e.pos()));
    CitationFormatter fresh = new CitationFormatter(changed, STYLE, "en-US");
    CitationFormatter partly = new CitationFormatter(changed, STYLE, "en-US", BuildCache.open(tmp, BuildCache.Policy.USE));
    assertEquals(1, partly.formattedEntries());
    assertEquals(List.copyOf(fresh.bibliography().entrySet()), List.copyOf(partly.bibliography().entrySet()));
    assertTrue(partly.bibliography().get(e.key()).contains("Aardvarks"));
  }

  @Test
  void citationsTakenFromTheCacheReadAsTheProcessorWouldFormatThemInTheirPlace() throws IOException {
    List<BibEntry> entries = references();
    String a = entries.get(0).key();
    String b = entries.get(1).key();
    String c = entries.get(2).key();
    List<List<Object>> before = List.of(List.of(a, "p. 1", false), List.of(b, "", false), List.of(a, "p. 2", true),
        List.of(a, "p. 3", false), List.of(b, "p. 4", false));
    BuildCache cache = BuildCache.open(tmp, BuildCache.Policy.USE);
    CitationFormatter filling = new CitationFormatter(entries, STYLE, "en-US", cache);
    before.forEach(r -> filling.cite((String) r.get(0), (String) r.get(1), (Boolean) r.get(2)));
    cache.save();

    List<List<Object>> after = List.of(List.of(a, "p. 1", false), List.of(b, "", false), List.of(c, "", false),
        List.of(a, "p. 2", true), List.of(a, "p. 9", false), List.of(a, "p. 3", false), List.of(b, "p. 4", false),
        List.of(b, "", false), List.of(c, "p. 5", false), List.of(a, "p. 10", false), List.of(a, "p. 11", false));
    CitationFormatter fresh = new CitationFormatter(entries, STYLE, "en-US");
    CitationFormatter cached = new CitationFormatter(entries, STYLE, "en-US", BuildCache.open(tmp, BuildCache.Policy.USE));
    for (List<Object> r : after) {
      assertEquals(fresh.cite((String) r.get(0), (String) r.get(1), (Boolean) r.get(2)),
          cached.cite((String) r.get(0), (String) r.get(1), (Boolean) r.get(2)), r.toString());
    }
    assertEquals(fresh.formattedCitations() - 5, cached.formattedCitations(), "five citations stand where they stood before, and come from the cache");
  }

  /** Formats the entries with a cache in the test's directory and stores it: the reference list as the processor made it. */
  private Map<String, String> formatIntoTheCache(List<BibEntry> entries, String style) throws IOException {
    BuildCache cache = BuildCache.open(tmp, BuildCache.Policy.USE);
    Map<String, String> formatted = new CitationFormatter(entries, style, "en-US", cache).bibliography();
    cache.save();
    return formatted;
  }

  @Test
  void aDamagedOrForeignCacheFileIsIgnoredAndReplaced() throws IOException {
    List<BibEntry> entries = references();
    Map<String, String> expected = formatIntoTheCache(entries, STYLE);
    Path file = tmp.resolve(CACHE_FILE);
    byte[] good = Files.readAllBytes(file);
    byte[] flipped = good.clone();
    flipped[good.length / 2] ^= 1;
    List<byte[]> damaged = List.of(java.util.Arrays.copyOf(good, good.length / 2), flipped, new byte[0],
        "not a cache at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (byte[] bytes : damaged) {
      Files.write(file, bytes);
      BuildCache reopened = BuildCache.open(tmp, BuildCache.Policy.USE);
      CitationFormatter f = new CitationFormatter(entries, STYLE, "en-US", reopened);
      assertEquals(entries.size(), f.formattedEntries());
      assertEquals(List.copyOf(expected.entrySet()), List.copyOf(f.bibliography().entrySet()));
      reopened.save();
      assertArrayEquals(good, Files.readAllBytes(file), "the damaged file is replaced by a whole one");
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"apa", "modern-language-association", "ieee", "nature",
      "harvard-cite-them-right", "chicago-notes-bibliography"})
  void whatTheProcessorWritesInEachStyleIsTakenFromTheCache(String style) throws IOException {
    // every kind of entry the edition has (articles, news, reports, web pages), fewer of each
    List<BibEntry> entries = references().stream().filter(e -> Math.floorMod(e.key().hashCode(), 5) == 0).toList();
    assertTrue(entries.size() > 30, "a sample of the references: " + entries.size());
    Map<String, String> expected = formatIntoTheCache(entries, style);
    CitationFormatter again = new CitationFormatter(entries, style, "en-US", BuildCache.open(tmp, BuildCache.Policy.USE));
    assertEquals(0, again.formattedEntries(), "every entry of " + style + " passes the check of what the processor writes");
    assertEquals(List.copyOf(expected.entrySet()), List.copyOf(again.bibliography().entrySet()));
  }

  @Test
  void aCachedEntryThatTheProcessorCouldNotHaveWrittenIsFormattedAgain() throws IOException {
    List<BibEntry> entries = references();
    Map<String, String> expected = formatIntoTheCache(entries, STYLE);
    Path file = tmp.resolve(CACHE_FILE);
    Map<String, List<String>> stored = CacheFile.read(Files.readAllBytes(file)).orElseThrow();
    List<String> injections = List.of("<div class=\"csl-entry\"><script>alert(1)</script></div>",
        "<div class=\"csl-entry\" onclick=\"alert(1)\">x</div>", "<span style=\"background: url(https://example.org/t)\">x</span>",
        "<a href=\"javascript:alert(1)\">x</a>", "<img src=\"x\">");
    int i = 0;
    Map<String, List<String>> tampered = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : stored.entrySet()) {
      boolean html = e.getValue().size() == 1 && e.getValue().get(0).contains("csl-entry");
      tampered.put(e.getKey(), html ? List.of(injections.get(i++ % injections.size())) : e.getValue());
    }
    assertTrue(i == entries.size(), "every formatted entry was replaced: " + i);
    Files.write(file, CacheFile.write(tampered));
    CitationFormatter f = new CitationFormatter(entries, STYLE, "en-US", BuildCache.open(tmp, BuildCache.Policy.USE));
    assertEquals(entries.size(), f.formattedEntries());
    assertEquals(List.copyOf(expected.entrySet()), List.copyOf(f.bibliography().entrySet()));
  }

  /** The cache is a file anyone can edit: an entry of the wrong length is a miss, never a failed build. */
  @Test
  void citeTemplatesStoredWithTheWrongNumberOfStringsAreFormattedAgain() throws IOException {
    Edition edition = edition();
    String text = edition.texts().get(0).id();
    Map<CiteFormat, String> expected =
        new CitationTemplates(edition.meta(), edition.texts(), edition.pages()).templates(Citable.Kind.TEXT, text);
    BuildCache filling = BuildCache.open(tmp, BuildCache.Policy.USE);
    new CitationTemplates(edition.meta(), edition.texts(), edition.pages(), filling).templates(Citable.Kind.TEXT, text);
    filling.save();
    Path file = tmp.resolve(CACHE_FILE);
    Map<String, List<String>> stored = CacheFile.read(Files.readAllBytes(file)).orElseThrow();
    assertFalse(stored.isEmpty());
    for (List<String> wrong : List.of(List.<String>of(), List.of("a", "b"))) {
      Map<String, List<String>> tampered = new java.util.LinkedHashMap<>();
      stored.keySet().forEach(k -> tampered.put(k, wrong));
      Files.write(file, CacheFile.write(tampered));
      assertEquals(expected, new CitationTemplates(edition.meta(), edition.texts(), edition.pages(),
          BuildCache.open(tmp, BuildCache.Policy.USE)).templates(Citable.Kind.TEXT, text), wrong.size() + " strings");
    }
  }

  @Test
  void freshFormatsEverythingAndStoresItAgain() throws IOException {
    List<BibEntry> entries = references();
    BuildCache cache = BuildCache.open(tmp, BuildCache.Policy.USE);
    new CitationFormatter(entries, STYLE, "en-US", cache);
    cache.save();
    assertEquals(entries.size(), new CitationFormatter(entries, STYLE, "en-US", BuildCache.open(tmp, BuildCache.Policy.FRESH))
        .formattedEntries());
  }

  @Test
  void aNumberingStyleTakesItsNumbersFromTheWholeList() throws IOException {
    List<BibEntry> entries = references();
    BuildCache cache = BuildCache.open(tmp, BuildCache.Policy.USE);
    CitationFormatter filling = new CitationFormatter(entries, "ieee", "en-US", cache);
    String cited = filling.cite(entries.get(3).key(), "p. 2", false);
    cache.save();
    CitationFormatter cached = new CitationFormatter(entries, "ieee", "en-US", BuildCache.open(tmp, BuildCache.Policy.USE));
    assertEquals(0, cached.formattedEntries());
    assertEquals(cited, cached.cite(entries.get(3).key(), "p. 2", false));
    assertEquals(0, cached.formattedCitations());

    List<BibEntry> fewer = entries.subList(1, entries.size());
    CitationFormatter fresh = new CitationFormatter(fewer, "ieee", "en-US");
    CitationFormatter renumbered = new CitationFormatter(fewer, "ieee", "en-US", BuildCache.open(tmp, BuildCache.Policy.USE));
    assertEquals(fewer.size(), renumbered.formattedEntries(), "every number may change, so every entry is formatted again");
    assertEquals(List.copyOf(fresh.bibliography().entrySet()), List.copyOf(renumbered.bibliography().entrySet()));
    assertEquals(fresh.cite(entries.get(3).key(), "p. 2", false), renumbered.cite(entries.get(3).key(), "p. 2", false));
  }

  @Test
  void readingWritesNothing() throws IOException {
    List<BibEntry> entries = references();
    BuildCache reading = BuildCache.open(tmp, BuildCache.Policy.READ);
    new CitationFormatter(entries, STYLE, "en-US", reading);
    reading.save();
    assertFalse(Files.exists(tmp.resolve(BuildCache.DIRECTORY)));
    BuildCache cache = BuildCache.open(tmp, BuildCache.Policy.USE);
    new CitationFormatter(entries, STYLE, "en-US", cache);
    cache.save();
    assertEquals(0, new CitationFormatter(entries, STYLE, "en-US", BuildCache.open(tmp, BuildCache.Policy.READ)).formattedEntries());
  }

  @Test
  void aCacheDirectoryThatIsALinkIsNeitherReadNorWritten() throws IOException {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Path root = Files.createDirectories(tmp.resolve("edition"));
    Files.createSymbolicLink(root.resolve(BuildCache.DIRECTORY), elsewhere);
    BuildCache cache = BuildCache.open(root, BuildCache.Policy.USE);
    new CitationFormatter(references(), STYLE, "en-US", cache);
    cache.save();
    try (var listing = Files.list(elsewhere)) {
      assertEquals(0, listing.count());
    }
  }

  @Test
  void aFailedBuildStoresNothing() throws IOException {
    Path root = copyOf(Fixtures.RESOURCES.resolve("invalid/csl-style-unknown"));
    Build.Result result = Build.run(new Build.Options(root, root.resolve("content"), Fixtures.TEMPLATES, tmp.resolve("site"), null,
        false, false).withCache(BuildCache.Policy.USE));
    assertTrue(result.failed());
    assertFalse(Files.exists(root.resolve(BuildCache.DIRECTORY)));
  }
}
