package org.apparatus.anchors;

import org.apparatus.edition.BundledEdition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.load.ContentLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Regression: the site is published as a GitHub Pages project site, under a path such as
 * {@code /edition/}. Every anchor URL recorded in the lockfile must lead to an element of the site
 * served there, and the manifest must list each of them with that URL.
 */
class PagesPathTest {
  private static final String BASE = "https://example.github.io/edition/";

  @TempDir
  Path tmp;

  private Build.Result buildUnderPagesPath(Path root, Path site) {
    Build.Result result = Build.run(new Build.Options(root, root.resolve("content"), Fixtures.TEMPLATES, site, BASE, true, true));
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    return result;
  }

  private static Lockfile lockfile(Path root) {
    Diagnostics diagnostics = new Diagnostics();
    Lockfile lock = Lockfile.read(new ContentLoader(root, diagnostics), root.resolve("content"), diagnostics);
    assertTrue(lock.present() && lock.readable(), diagnostics.sorted()::toString);
    return lock;
  }

  @Test
  @BundledEdition
  void everyLockedAnchorOfTheEditionResolvesUnderTheProjectPath() throws Exception {
    Path site = tmp.resolve("site");
    buildUnderPagesPath(Fixtures.PROJECT, site);
    Lockfile lock = lockfile(Fixtures.PROJECT);
    assertTrue(lock.entries().size() > 600, "the edition's lockfile lists its anchors");
    try (PagesServer server = new PagesServer(site, "/edition/")) {
      Map<String, Document> pages = new HashMap<>();
      List<String> broken = new ArrayList<>();
      for (LockEntry e : lock.entries()) {
        URI url = URI.create(BASE + e.ref().page() + "#" + e.ref().fragment());
        Document page = fetch(server, url.getPath(), pages);
        if (page == null || page.getElementById(url.getFragment()) == null) {
          broken.add(url.toString());
        }
      }
      assertEquals(List.of(), broken, "anchor URLs with no element under /edition/");
      Document home = fetch(server, "/edition/", pages);
      assertNotNull(home, "the project root serves the home page");
      assertNotNull(fetch(server, "/edition/movahedian/", pages), "directory URLs serve their index.html");
      assertEquals(BASE + "movahedian/", fetch(server, "/edition/movahedian/index.html", pages).selectFirst("link[rel=canonical]").attr("href"));
      assertManifestListsEveryLockedAnchor(server.get("/edition/anchors.json"), lock);
    }
  }

  @Test
  void movedAndRetiredFragmentsResolveUnderTheProjectPath() throws Exception {
    for (String scenario : List.of("moved", "retired", "page-removed")) {
      Path root = AnchorScenarios.copy(scenario, tmp);
      Path site = root.resolve("site");
      buildUnderPagesPath(root, site);
      try (PagesServer server = new PagesServer(site, "/edition/")) {
        Map<String, Document> pages = new HashMap<>();
        for (LockEntry e : lockfile(root).entries()) {
          URI url = URI.create(BASE + e.ref().page() + "#" + e.ref().fragment());
          Element target = fetch(server, url.getPath(), pages).getElementById(url.getFragment());
          assertNotNull(target, scenario + ": " + url);
          if (e.status() instanceof LockEntry.Moved m) {
            URI next = url.resolve(target.attr("data-moved-to"));
            assertEquals(URI.create(BASE + m.to().page() + "#" + m.to().fragment()), next, "the redirect stays under /edition/");
            assertNotNull(fetch(server, next.getPath(), pages).getElementById(next.getFragment()), scenario + ": " + next);
          }
        }
        assertManifestListsEveryLockedAnchor(server.get("/edition/anchors.json"), lockfile(root));
      }
    }
  }

  private static Document fetch(PagesServer server, String path, Map<String, Document> cache) throws Exception {
    if (!cache.containsKey(path)) {
      String html = server.get(path);
      cache.put(path, html == null ? null : Jsoup.parse(html));
    }
    return cache.get(path);
  }

  @SuppressWarnings("unchecked")
  private static void assertManifestListsEveryLockedAnchor(String json, Lockfile lock) {
    assertNotNull(json, "anchors.json is served at the site root");
    Map<String, Object> manifest = new Yaml().load(json);
    assertEquals(BASE, manifest.get("base_url"));
    Map<String, Map<String, Object>> byUrl = ((List<Map<String, Object>>) manifest.get("anchors")).stream()
        .collect(Collectors.toMap(a -> (String) a.get("url"), a -> a));
    assertEquals(lock.entries().size(), byUrl.size(), "one manifest entry per anchor");
    for (LockEntry e : lock.entries()) {
      Map<String, Object> listed = byUrl.get(BASE + e.ref().page() + "#" + e.ref().fragment());
      assertNotNull(listed, "manifest lists " + e.ref());
      assertEquals(e.ref().page(), listed.get("page"));
      assertEquals(e.ref().fragment(), listed.get("fragment"));
      assertEquals(e.kind().key(), listed.get("kind"));
      assertEquals(e.locator(), listed.get("locator"));
      assertEquals(Boolean.TRUE, listed.get("locked"));
      String status = e.status() instanceof LockEntry.Moved ? "moved" : e.status() instanceof LockEntry.Retired ? "retired" : "live";
      assertEquals(status, listed.get("status"));
    }
  }
}
