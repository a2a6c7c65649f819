package org.apparatus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview rebuilds when a source changes and tells connected pages over Server-Sent Events:
 * reload after a good build, the diagnostics after a failed one, while the last good site stays served.
 */
class LivePreviewRebuildTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String PARAGRAPH = "A paragraph with an explicit id.";
  private static final String REVISED = "A paragraph revised while the preview runs.";
  private static final String QUOTE = "The river Aras forms a border.";
  private static final String WRONG_QUOTE = "The river Aras forms no border.";

  @Test
  void aContentChangeReloadsAnErrorIsReportedAndTheFixReloads(@TempDir Path tmp) throws Exception {
    try (PreviewFixture f = PreviewFixture.start(tmp)) {
      long served = generationOf(f.get("alpha/index.html").body());
      try (EventStream events = EventStream.open(eventsUrl(f, served))) {
        assertEquals("text/event-stream; charset=utf-8", events.contentType());

        PreviewFixture.replaceIn(f.content.resolve("texts/alpha.md"), PARAGRAPH, REVISED);
        EventStream.Event reload = events.await("reload", TIMEOUT);
        String revised = f.get("alpha/index.html").body();
        assertTrue(revised.contains(REVISED), "the new text is served after the reload event");
        assertEquals(Long.parseLong(reload.data()), generationOf(revised), "the page carries the build it comes from");

        Path note = f.content.resolve("notes/alpha/aras-context.md");
        PreviewFixture.replaceIn(note, QUOTE, WRONG_QUOTE);
        EventStream.Event error = events.await("build-error", TIMEOUT);
        assertTrue(error.data().startsWith(
            "content/notes/alpha/aras-context.md:3:8: error[QUOTE_NOT_FOUND]: quote not found in text `alpha`\n"), error.data());
        assertTrue(error.data().contains("3 | quote: \"" + WRONG_QUOTE + "\"\n"), "the source line as in the terminal: " + error.data());
        assertTrue(error.data().endsWith("1 error(s), 0 warning(s)"), error.data());

        String stillServed = f.get("alpha/index.html").body();
        assertTrue(stillServed.contains(REVISED) && stillServed.contains("id=\"n-aras-context\""), "the last good page stays served");
        assertEquals(generationOf(revised), generationOf(stillServed));
        try (EventStream late = EventStream.open(eventsUrl(f, generationOf(stillServed)))) {
          assertEquals(error.data(), late.await("build-error", TIMEOUT).data(), "a page opened while broken is told at once");
        }

        PreviewFixture.replaceIn(note, WRONG_QUOTE, QUOTE);
        EventStream.Event fixed = events.await("reload", TIMEOUT);
        assertTrue(Long.parseLong(fixed.data()) > Long.parseLong(reload.data()));
        assertTrue(f.get("alpha/index.html").body().contains("data-generation=\"" + fixed.data() + "\""));
      }
    }
  }

  @Test
  void aTemplateErrorIsReportedWithItsPositionAndTheFixReloads(@TempDir Path tmp) throws Exception {
    try (PreviewFixture f = PreviewFixture.start(tmp)) {
      long served = generationOf(f.get("about/index.html").body());
      try (EventStream events = EventStream.open(eventsUrl(f, served))) {
        Path template = f.templates.resolve("page.ftlh");
        PreviewFixture.replaceIn(template, "<h1>${page.title()}</h1>", "<h1>${page.nosuchfield}</h1>");
        EventStream.Event error = events.await("build-error", TIMEOUT);
        assertTrue(error.data().startsWith("templates/page.ftlh:4:7: error[TEMPLATE_ERROR]: "), error.data());
        assertTrue(f.get("about/index.html").body().contains("<h1>About"), "the last good page stays served");

        PreviewFixture.replaceIn(template, "<h1>${page.nosuchfield}</h1>", "<h1>Page: ${page.title()}</h1>");
        events.await("reload", TIMEOUT);
        assertTrue(f.get("about/index.html").body().contains("<h1>Page: About"), "the changed template is used");
      }
    }
  }

  @Test
  void aPageServedBeforeTheLatestBuildIsToldToReloadWhenItConnects(@TempDir Path tmp) throws Exception {
    try (PreviewFixture f = PreviewFixture.start(tmp)) {
      long served = generationOf(f.get("alpha/index.html").body());
      try (EventStream first = EventStream.open(eventsUrl(f, served))) {
        PreviewFixture.replaceIn(f.content.resolve("texts/alpha.md"), PARAGRAPH, REVISED);
        first.await("reload", TIMEOUT);
      }
      try (EventStream stale = EventStream.open(eventsUrl(f, served))) {
        EventStream.Event reload = stale.await("reload", TIMEOUT);
        assertTrue(Long.parseLong(reload.data()) > served);
      }
      long current = generationOf(f.get("alpha/index.html").body());
      try (EventStream upToDate = EventStream.open(eventsUrl(f, current))) {
        assertEquals(null, upToDate.poll(Duration.ofMillis(500)), "nothing to tell a page that is up to date");
      }
    }
  }

  static URI eventsUrl(PreviewFixture f, long generation) {
    return f.url(LiveEvents.PATH.substring(1) + "?generation=" + generation);
  }

  static long generationOf(String html) {
    String value = Jsoup.parse(html).selectFirst("script[src=" + LiveScript.PATH + "]").attr("data-generation");
    assertFalse(value.isEmpty(), "page carries its build number");
    return Long.parseLong(value);
  }
}
