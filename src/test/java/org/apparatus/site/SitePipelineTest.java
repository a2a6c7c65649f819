package org.apparatus.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build parses each rendered page once and writes exactly the documents its later stages read. */
class SitePipelineTest {
  /**
   * Where HTML may still be parsed outside the site in memory: fragments of the sources while they are
   * parsed and rendered, and the preview's responses (served files, not the build).
   */
  private static final List<String> PARSING_ALLOWED = List.of(
      "site/RenderedSite.java", "parse/RawHtml.java",
      "render/Previews.java", "serve/LiveScript.java",
      "download/EpubPackage.java", // starts an empty XML document for the package file
      "render/ProcessorHtml.java"); // checks the citation processor's HTML read back from the build cache, not a page

  @TempDir
  Path tmp;

  /** Builds the fixture, or the anchors fixture's base with the named scenario laid over it ("anchors/moved"). */
  private Build.Result build(String fixture, Build.Mode mode) throws IOException {
    Path root = tmp.resolve(fixture);
    if (fixture.startsWith("anchors/")) {
      Fixtures.copyTree(Fixtures.RESOURCES.resolve("anchors/base"), root);
    }
    Fixtures.copyTree(Fixtures.RESOURCES.resolve(fixture), root);
    Build.Result result = Build.run(new Build.Options(root, root.resolve("content"), Fixtures.TEMPLATES, root.resolve("site"),
        null, false, true, mode));
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    return result;
  }

  @Test
  void everyRenderedPageIsParsedOnce() throws IOException {
    Build.Result result = build("anchors/moved", Build.Mode.SITE);
    RenderedSite site = result.site();
    // every page but the 404 page, which is derived from the home page's document without parsing
    assertEquals(site.pagePaths().size() - 1, site.parses(), () -> site.pagePaths().toString());
    assertTrue(site.pagePaths().contains("404.html"));
  }

  @Test
  void noStageParsesHtmlOfItsOwn() throws IOException {
    Path sources = Fixtures.PROJECT.resolve("src/main/java/org/apparatus");
    try (Stream<Path> walk = Files.walk(sources)) {
      List<String> parsing = walk.filter(p -> p.toString().endsWith(".java")).filter(p -> {
        try {
          String code = Files.readString(p);
          return code.contains("Jsoup.parse(") || code.contains("Jsoup.parseBodyFragment(");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).map(p -> sources.relativize(p).toString().replace('\\', '/')).filter(p -> !PARSING_ALLOWED.contains(p)).sorted().toList();
      assertEquals(List.of(), parsing, "read the pages from the RenderedSite instead of parsing HTML again");
    }
  }

  @Test
  void theWrittenSiteIsTheSiteTheStagesSaw() throws IOException {
    Build.Result result = build("anchors/moved", Build.Mode.SITE);
    RenderedSite site = result.site();
    Path written = tmp.resolve("anchors/moved/site");
    Map<String, byte[]> files = site.files();
    for (String path : site.paths()) {
      assertTrue(java.util.Arrays.equals(files.get(path), Files.readAllBytes(written.resolve(path))), path);
    }
    for (String page : site.pagePaths()) {
      Document reread = Jsoup.parse(Files.readString(written.resolve(page), StandardCharsets.UTF_8));
      assertEquals(new String(RenderedSite.serialise(site.page(page).orElseThrow().clone()), StandardCharsets.UTF_8),
          new String(RenderedSite.serialise(reread), StandardCharsets.UTF_8), page);
    }
    String moved = new String(files.get("alpha/index.html"), StandardCharsets.UTF_8);
    assertTrue(moved.contains("class=\"anchor-alias\"") || moved.contains("class=\"tombstone"),
        "the anchors stage's edit of the document reaches the written page");
  }

  @Test
  void aPreviewLeavesTheDownloadsOutAndSaysSo() throws IOException {
    Build.Result result = build("fixtures/basic", Build.Mode.PREVIEW);
    assertTrue(result.site().paths().stream().noneMatch(p -> p.startsWith("downloads/")), result.site().paths().toString());
    Document home = result.site().page("index.html").orElseThrow();
    assertTrue(home.select("a[href^=downloads/]").isEmpty(), "no link to a file the preview does not build");
    assertTrue(home.select("ul.downloads").text().contains("not built in the preview"), home.select("ul.downloads").outerHtml());
  }

  @Test
  void theModelModeRendersNothing() throws IOException {
    Build.Result result = build("fixtures/basic", Build.Mode.MODEL);
    assertEquals(0, result.site().size());
    assertFalse(result.resolved().edition().texts().isEmpty());
    assertFalse(Files.exists(tmp.resolve("fixtures/basic/site")));
  }
}
