package org.apparatus.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderedSiteTest {
  /** Template output as jsoup would not write it: upper-case doctype, a numeric entity, a self-closed SVG element. */
  private static final String PAGE = "<!DOCTYPE html>\n<html><head><title>A</title></head><body>"
      + "<p id=\"p1\">the author&#39;s text</p><svg><rect width=\"1\"/></svg></body></html>\n";

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aPageNoStageEditsIsWrittenExactlyAsRendered() {
    RenderedSite site = RenderedSite.of(Map.of("a/index.html", utf8(PAGE), "assets/x.css", utf8("p{}")));
    assertEquals("the author's text", site.page("a/index.html").orElseThrow().getElementById("p1").text());
    assertArrayEquals(utf8(PAGE), site.files().get("a/index.html"));
    assertArrayEquals(utf8("p{}"), site.files().get("assets/x.css"));
    assertEquals(List.of("a/index.html", "assets/x.css"), site.paths());
  }

  @Test
  void thePageAsRenderedIsKnownOnlyUntilAStageEditsIt() {
    RenderedSite site = RenderedSite.of(Map.of("a/index.html", utf8(PAGE), "assets/x.css", utf8("p{}")));
    assertArrayEquals(utf8(PAGE), site.renderedBytes("a/index.html").orElseThrow());
    assertTrue(site.renderedBytes("assets/x.css").isEmpty(), "not a page");
    site.edit("a/index.html").orElseThrow().body().appendElement("p").text("added");
    assertTrue(site.renderedBytes("a/index.html").isEmpty(), "edited");
    site.files();
    assertTrue(site.renderedBytes("a/index.html").isEmpty(), "serialised after the edit, not as rendered");
    site.putPage("b/index.html", org.jsoup.Jsoup.parse(PAGE));
    assertTrue(site.renderedBytes("b/index.html").isEmpty(), "built as a document");
  }

  @Test
  void anEditedPageIsSerialisedFromItsDocument() {
    RenderedSite site = RenderedSite.of(Map.of("a/index.html", utf8(PAGE)));
    site.edit("a/index.html").orElseThrow().body().appendElement("script").attr("src", "x.js");
    String written = new String(site.files().get("a/index.html"), StandardCharsets.UTF_8);
    assertTrue(written.contains("<svg><rect width=\"1\" /></svg><script src=\"x.js\"></script></body></html>"), written);
    assertTrue(written.startsWith("<!doctype html>\n<html><head><title>A</title></head>"), "no reformatting: " + written);
  }

  @Test
  void eachPageIsParsedOnceHoweverOftenItIsRead() {
    RenderedSite site = RenderedSite.of(Map.of("a/index.html", utf8(PAGE), "b/index.html", utf8(PAGE), "data.js", utf8("x")));
    for (int i = 0; i < 3; i++) {
      site.page("a/index.html").orElseThrow().select("p");
      site.files();
    }
    site.edit("b/index.html").orElseThrow().title("B");
    site.files();
    assertEquals(2, site.parses());
  }

  @Test
  void aFileReplacedByAnotherKindLeavesNoTrace() {
    RenderedSite site = new RenderedSite();
    site.put("x.html", utf8(PAGE));
    site.put("x.html", utf8("<p>two</p>"));
    site.putPage("y.html", site.page("x.html").orElseThrow().clone());
    assertEquals(List.of("x.html", "y.html"), site.paths());
    assertFalse(site.has("z.html"));
    assertEquals(2, site.size());
  }
}
