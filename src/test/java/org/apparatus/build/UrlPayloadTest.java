package org.apparatus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apparatus.Fixtures;
import org.apparatus.diagnostic.Code;
import org.apparatus.parse.UrlPolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Script URLs written in every way an editor can write a URL, in every kind of body, never reach
 * the site or the EPUB as a link a browser would run. The check here reads URLs as a browser does,
 * independently of the policy under test.
 */
class UrlPayloadTest {
  /** Scheme spellings a browser runs (or would, once decoded) as script or as a document. */
  static final List<String> PAYLOADS = List.of(
      "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\tjavascript:alert(1)",
      "java\tscript:alert(1)", "java\nscript:alert(1)", "javascript\t:alert(1)", "jav&#x09;ascript:alert(1)",
      "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "javascript&colon;alert(1)", "javascript&#58;alert(1)",
      "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)",
      "javascript://%0aalert(1)", "javascript:/*-->*/alert(1)", "vbscript:msgbox(1)", "VBScript:msgbox(1)",
      "data:text/html,<script>alert(1)</script>", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
      "DATA:image/svg+xml,<svg onload=alert(1)>", "file:///etc/passwd", "blob:https://x/1", "livescript:alert(1)",
      "\u0001javascript:alert(1)", "javascript\u0000:alert(1)",
      "https://apparatus.invalid/javascript:alert(1)//../index.html",
      "https://apparatus.invalid/javascript:alert(1)",
      "https://host.example/javascript:alert(1)//../index.html",
      "https://site.invalid/javascript:alert(1)//../index.html",
      "//apparatus.invalid/javascript:alert(1)",
      "https:javascript:alert(1)",
      "./javascript:alert(1)",
      "#javascript:alert(1)");

  /** The ways a URL can be written in a Markdown body; {@code P} is replaced by the payload. */
  static final List<String> ROUTES = List.of(
      "[link](P)", "[link](<P>)", "![image](P)", "<P>", "[ref][r]\n\n[r]: P",
      "<a href=\"P\">raw link</a>", "<a href='P'>raw link</a>", "<img src=\"P\" alt=\"raw image\">",
      "<blockquote cite=\"P\">quoted</blockquote>", "<q cite=\"P\">q</q>");

  private static boolean isImage(String route) {
    return route.startsWith("![") || route.contains("<img");
  }

  @Test
  void noPayloadBecomesARunnableLinkInTheSiteOrTheEpub(@TempDir Path tmp) throws IOException {
    Fixtures.copyTree(Fixtures.RESOURCES.resolve("sanitize"), tmp);
    StringBuilder body = new StringBuilder();
    int tried = 0;
    int skipped = 0;
    for (String payload : PAYLOADS) {
      for (String route : ROUTES) {
        if (isImage(route) && !runsScript(org.jsoup.parser.Parser.unescapeEntities(payload, true))) {
          // a harmless address as an image names a file the edition lacks: MISSING_MEDIA, tested on its own
          skipped++;
          continue;
        }
        body.append("Payload ").append(tried++).append(": ").append(route.replace("P", payload)).append("\n\n");
      }
    }
    Path content = tmp.resolve("content");
    Files.writeString(content.resolve("pages/payload-page.md"), "---\ntitle: Payloads\n---\n" + body);
    Files.writeString(content.resolve("notes/alpha/payload-note.md"), "---\nkind: margin\nquote: \"A paragraph\"\noccurrence: 1\n---\n" + body);
    Files.createDirectories(content.resolve("glossary"));
    Files.writeString(content.resolve("glossary/payload-term.md"), "---\nterm: Payload\n---\n" + body);
    Path text = content.resolve("texts/alpha.md");
    Files.writeString(text, Files.readString(text) + "\n\n" + body);
    assertEquals(PAYLOADS.size() * ROUTES.size(), tried + skipped);

    Build.Result result = Fixtures.build(tmp, Fixtures.TEMPLATES, tmp.resolve("site"), false, false);
    // harmless payloads (an https URL, a relative path, a fragment) only fail the link check, or, as an image,
    // name a file the edition does not have
    assertEquals(List.of(), result.diagnostics().sorted().stream()
        .filter(d -> d.severity() == org.apparatus.diagnostic.Severity.ERROR)
        .filter(d -> d.code() != Code.BROKEN_LINK && d.code() != Code.EXTERNAL_ASSET && d.code() != Code.MISSING_MEDIA).toList());
    assertFalse(result.files().isEmpty());
    Map<String, String> documents = documents(result.files());
    assertTrue(documents.keySet().stream().anyMatch(k -> k.contains(".epub!")), "the EPUB is checked too: " + documents.keySet());
    List<String> runnable = new ArrayList<>();
    int urls = 0;
    for (Map.Entry<String, String> doc : documents.entrySet()) {
      Document parsed = doc.getKey().endsWith(".html") ? Jsoup.parse(doc.getValue()) : Jsoup.parse(doc.getValue(), "", Parser.xmlParser());
      for (Element el : parsed.getAllElements()) {
        for (Attribute a : el.attributes()) {
          if (isUrlAttribute(a.getKey())) {
            urls++;
            if (runsScript(a.getValue())) {
              runnable.add(doc.getKey() + ": " + el.outerHtml());
            }
          }
        }
      }
    }
    assertTrue(urls > 100, "the pages were checked: " + urls + " URLs");
    assertEquals(List.of(), runnable);
    assertTrue(result.diagnostics().sorted().stream().anyMatch(d -> d.code() == Code.UNSAFE_HTML), "removals are reported");
  }

  @Test
  void thePolicyRefusesEveryPayloadThatABrowserWouldRun() {
    for (String payload : PAYLOADS) {
      String decoded = Parser.unescapeEntities(payload, true);
      if (runsScript(payload) || runsScript(decoded)) {
        assertTrue(UrlPolicy.allow(payload).isEmpty(), payload);
      }
    }
    assertTrue(UrlPolicy.allow("https://example.org/a?b=c#d").isPresent());
    assertTrue(UrlPolicy.allow("mailto:editor@example.org").isPresent());
    assertTrue(UrlPolicy.allow("../alpha/index.html#p-1").isPresent());
    assertTrue(UrlPolicy.allow("#fn-1").isPresent());
    assertTrue(UrlPolicy.allow("https://apparatus.invalid/javascript:alert(1)//../index.html").isPresent(),
        "an https URL whose path spells a scheme is an https URL");
  }

  /** How a browser reads a URL's scheme: C0 and space trimmed, tabs and newlines removed, case folded. */
  static boolean runsScript(String value) {
    String v = value.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "").toLowerCase(Locale.ROOT);
    return v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:") || v.startsWith("livescript:")
        || v.startsWith("file:") || v.startsWith("blob:");
  }

  private static boolean isUrlAttribute(String name) {
    return List.of("href", "src", "cite", "action", "formaction", "poster", "background", "data", "xlink:href", "srcset", "longdesc")
        .contains(name.toLowerCase(Locale.ROOT));
  }

  /** Every HTML page of the site and every XHTML document of the EPUB, by name. */
  private static Map<String, String> documents(Map<String, byte[]> files) throws IOException {
    Map<String, String> docs = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (f.getKey().endsWith(".html")) {
        docs.put(f.getKey(), new String(f.getValue(), StandardCharsets.UTF_8));
      } else if (f.getKey().endsWith(".epub")) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(f.getValue()))) {
          for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (e.getName().endsWith(".xhtml") || e.getName().endsWith(".html")) {
              docs.put(f.getKey() + "!" + e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
          }
        }
      }
    }
    return docs;
  }
}
