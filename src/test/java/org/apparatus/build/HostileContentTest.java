package org.apparatus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apparatus.Fixtures;
import org.apparatus.diagnostic.Code;
import org.apparatus.render.CitationFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content and templates are data: they read no file outside their directories and reach no network. */
class HostileContentTest {
  private static final String MARKER = "MARKER-outside-the-edition-7f3a";

  @Test
  void aCitationStyleUrlIsNeverFetched(@TempDir Path tmp) throws IOException {
    try (ServerSocket server = new ServerSocket(0)) {
      server.setSoTimeout(300);
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/apa.csl";
      Path root = edition(tmp, "csl_style: \"" + url + "\"\n");
      Build.Result result = Fixtures.build(root, Fixtures.TEMPLATES, root.resolve("site"), false, false);
      assertTrue(result.failed());
      assertTrue(result.diagnostics().sorted().stream().anyMatch(d -> d.code() == Code.CITATION_STYLE));
      assertThrows(IOException.class, () -> new CitationFormatter(List.of(), url, "en-US"), "the formatter refuses a URL too");
      assertThrows(SocketTimeoutException.class, server::accept, "nothing connected to the style's address");
    }
  }

  @Test
  void aStyleWithExternalEntitiesNeverReadsTheFile(@TempDir Path tmp) throws IOException {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, MARKER);
    String style = """
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE style [ <!ENTITY leak SYSTEM "%s"> ]>
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <info><title>x</title><id>x</id><updated>2026-01-01T00:00:00+00:00</updated></info>
          <citation><layout><text value="&leak;"/></layout></citation>
          <bibliography><layout><text value="&leak;"/></layout></bibliography>
        </style>
        """.formatted(secret.toUri());
    assertThrows(IOException.class, () -> new CitationFormatter(List.of(), style, "en-US"));
    Path root = edition(tmp.resolve("e"), "csl_style: styles/leak.csl\n");
    Files.createDirectories(root.resolve("content/styles"));
    Files.writeString(root.resolve("content/styles/leak.csl"), style);
    Build.Result result = Fixtures.build(root, Fixtures.TEMPLATES, root.resolve("site"), false, false);
    assertTrue(result.failed());
    assertNoMarker(result.files());
  }

  @Test
  void symbolicLinksOutOfContentOrTemplatesAreErrorsAndNothingBehindThemIsRead(@TempDir Path tmp) throws IOException {
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outside.resolve("page.md"), "---\ntitle: Leak\n---\n" + MARKER + "\n");
    Files.writeString(outside.resolve("leak.css"), "/* " + MARKER + " */");
    Files.writeString(outside.resolve("page.ftlh"), MARKER);
    Path root = edition(tmp.resolve("e"), "");
    Path templates = root.resolve("templates");
    Fixtures.copyTree(Fixtures.TEMPLATES, templates);
    Files.createSymbolicLink(root.resolve("content/pages/leak.md"), outside.resolve("page.md"));
    Files.createSymbolicLink(root.resolve("content/pages/folder"), outside);
    Files.createSymbolicLink(templates.resolve("assets/leak.css"), outside.resolve("leak.css"));
    Files.delete(templates.resolve("page.ftlh"));
    Files.createSymbolicLink(templates.resolve("page.ftlh"), outside.resolve("page.ftlh"));
    Files.writeString(root.resolve("content/pages/inside.md"), "---\ntitle: Inside\n---\nLinked within the edition.\n");
    Files.createSymbolicLink(root.resolve("content/pages/alias.md"), root.resolve("content/pages/inside.md"));

    Build.Result result = Fixtures.build(root, templates, root.resolve("site"), false, false);
    assertTrue(result.failed());
    List<String> unsafe = result.diagnostics().sorted().stream().filter(d -> d.code() == Code.UNSAFE_PATH)
        .map(d -> d.pos().path()).sorted().toList();
    assertEquals(List.of("content/pages/folder", "content/pages/leak.md", "templates/assets/leak.css", "templates/page.ftlh"), unsafe);
    assertNoMarker(result.files());
    assertFalse(Files.exists(root.resolve("site")));
  }

  @Test
  void scriptUrlsInBibtexAndFrontMatterAreErrorsAndNeverReachAnyOutput(@TempDir Path tmp) throws IOException {
    Path root = edition(tmp, "repository: \"javascript:alert(1)\"\n");
    Path bib = root.resolve("content/references/refs.bib");
    Files.writeString(bib, Files.readString(bib).replace("https://example.org/report", "javascript:alert(document.cookie)")
        + "\n@online{second2021,\n  title = {Second},\n  date = {2021},\n  doi = {javascript:alert(2)},\n"
        + "  howpublished = {vbscript:msgbox(3)}\n}\n");
    Path text = root.resolve("content/texts/alpha.md");
    Files.writeString(text, Files.readString(text).replace("author: \"Ada Alpha\"", "author: \"Ada Alpha\"\nurl: \"java\\tscript:alert(4)\""));
    Build.Result result = Fixtures.build(root, Fixtures.TEMPLATES, root.resolve("site"), false, false);
    List<String> unsafe = result.diagnostics().sorted().stream().filter(d -> d.code() == Code.UNSAFE_URL)
        .map(d -> d.pos().path() + ":" + d.pos().line()).toList();
    assertEquals(List.of("content/edition.yaml:4", "content/references/refs.bib:6", "content/references/refs.bib:14",
        "content/references/refs.bib:15", "content/texts/alpha.md:5"), unsafe);
    for (Map.Entry<String, byte[]> f : result.files().entrySet()) {
      String s = new String(f.getValue(), StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
      assertFalse(s.contains("alert(") || s.contains("msgbox("), f.getKey() + " holds a payload");
    }
  }

  private static void assertNoMarker(Map<String, byte[]> files) {
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      assertFalse(new String(f.getValue(), StandardCharsets.ISO_8859_1).contains(MARKER), f.getKey());
    }
  }

  /** A small valid edition under {@code root} with extra lines in edition.yaml. */
  private static Path edition(Path root, String extraYaml) throws IOException {
    Fixtures.copyTree(Fixtures.RESOURCES.resolve("invalid/bibtex-syntax/content"), root.resolve("content"));
    Files.delete(root.resolve("content/references/broken.bib"));
    Path yaml = root.resolve("content/edition.yaml");
    Files.writeString(yaml, Files.readString(yaml) + extraYaml);
    return root;
  }
}
