package org.apparatus.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.apparatus.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GitHub Pages hosting: base URLs of user, organisation and project sites, 404 page, sitemap, robots.txt. */
class PagesPublishingTest {
  private static final Path BASIC = Fixtures.RESOURCES.resolve("fixtures/basic");

  private static Map<String, byte[]> build(Path root, String baseUrl) {
    Build.Result result = Build.run(new Build.Options(root, root.resolve("content"), Fixtures.TEMPLATES,
        Path.of("unused-site"), baseUrl, true, false));
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    return result.files();
  }

  private static String text(Map<String, byte[]> files, String path) {
    return new String(files.get(path), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @CsvSource({
      "https://user.github.io/edition, https://user.github.io/edition/",
      "https://user.github.io/edition/, https://user.github.io/edition/",
      "https://user.github.io/edition//, https://user.github.io/edition/",
      "https://user.github.io, https://user.github.io/",
      "https://www.example.org/, https://www.example.org/"})
  void everyPageHasACanonicalLinkUnderTheNormalisedBase(String given, String base) {
    Map<String, byte[]> files = build(BASIC, given);
    for (String page : Crawlers.pages(files.keySet())) {
      Element canonical = Jsoup.parse(text(files, page)).selectFirst("link[rel=canonical]");
      assertEquals(base + page.replaceFirst("index\\.html$", ""), canonical.attr("href"), page);
    }
    assertTrue(text(files, "robots.txt").contains("Sitemap: " + base + "sitemap.xml\n"));
  }

  @Test
  void theSitemapListsEveryPageByItsCanonicalAddress() {
    Map<String, byte[]> files = build(BASIC, "https://user.github.io/edition/");
    Document sitemap = Jsoup.parse(text(files, "sitemap.xml"), "", org.jsoup.parser.Parser.xmlParser());
    List<String> locs = sitemap.select("url > loc").eachText();
    List<String> canonical = Crawlers.pages(files.keySet()).stream()
        .map(p -> Jsoup.parse(text(files, p)).selectFirst("link[rel=canonical]").attr("href")).toList();
    assertEquals(canonical, locs);
    assertFalse(locs.stream().anyMatch(l -> l.contains("404")));
    assertTrue(locs.contains("https://user.github.io/edition/"));
    assertEquals(locs.size(), sitemap.select("url > lastmod").eachText().stream().filter("2026-01-01"::equals).count());
  }

  @Test
  void theNotFoundPageWorksFromAnyDepthWithABaseUrl() {
    String base = "https://user.github.io/edition/";
    Map<String, byte[]> files = build(BASIC, base);
    Document page = Jsoup.parse(text(files, "404.html"));
    assertEquals("Page not found", page.selectFirst("main h1").text());
    assertEquals(base + "assets/style.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
    for (Element el : page.select("[href], [src]")) {
      String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
      assertTrue(url.startsWith(base) || url.startsWith("#"), "not usable from another depth: " + url);
    }
    assertNull(page.selectFirst("link[rel=canonical]"));
    assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
    assertTrue(page.select("main a").eachAttr("href").containsAll(List.of(base + "index.html", base + "alpha/index.html")));
    assertTrue(page.selectFirst("main").text().contains("anchor may have moved"));
  }

  @Test
  void withoutABaseUrlThereIsNoSitemapAndTheNotFoundPageLinksRelatively() {
    Map<String, byte[]> files = build(BASIC, null);
    assertFalse(files.containsKey("sitemap.xml"));
    assertEquals("User-agent: *\nAllow: /\n", text(files, "robots.txt"));
    Document page = Jsoup.parse(text(files, "404.html"));
    assertEquals("assets/style.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
    assertTrue(files.containsKey(".nojekyll"));
  }

  @Test
  void aBadBaseUrlOptionIsAUsageError() {
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "check", "--root", BASIC.toString(),
        "--content", BASIC.resolve("content").toString(), "--base-url", "user.github.io/edition");
    assertEquals(Main.USAGE, code);
    assertTrue(err.toString().contains("must be an absolute http(s) URL"), err.toString());
  }

  @Test
  void aBadBaseUrlInEditionYamlIsReportedAtItsLine(@TempDir Path tmp) throws Exception {
    Fixtures.copyTree(BASIC, tmp);
    Path edition = tmp.resolve("content/edition.yaml");
    Files.writeString(edition, Files.readString(edition) + "base_url: \"ftp://user.github.io/edition/\"\n");
    Build.Result result = Build.run(new Build.Options(tmp, tmp.resolve("content"), Fixtures.TEMPLATES,
        tmp.resolve("site"), null, true, false));
    assertTrue(result.failed());
    var d = result.diagnostics().sorted().get(0);
    assertEquals("BAD_VALUE", d.code().name());
    assertEquals(6, d.pos().line());
    assertTrue(d.message().contains("must be an absolute http(s) URL"), d.message());
  }
}
