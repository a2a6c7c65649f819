package org.apparatus.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apparatus.diagnostic.Diagnostic;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.load.ContentSet;
import org.apparatus.load.SourceFile;
import org.apparatus.model.Edition;

/**
 * Fuzz targets: whatever bytes a note, a Markdown body, a BibTeX file or edition.yaml holds,
 * reading it ends in a model and diagnostics, never in an exception. A normal test run replays the
 * inputs under src/test/resources/org/apparatus/parse/ContentFuzzTestInputs/; README (Fuzzing)
 * tells how to fuzz.
 */
class ContentFuzzTest {
  private static final SourceFile EDITION =
      new SourceFile("content/edition.yaml", "title: \"Fuzz\"\nversion: \"1\"\ndate: \"2026-01-01\"\n");
  private static final SourceFile TEXT = new SourceFile("content/texts/alpha.md",
      "---\nid: alpha\ntitle: Alpha\nauthor: Ada\n---\n## One\n\nThe river forms a border.\n");

  @FuzzTest(maxDuration = "2m")
  void aNoteFileNeverCrashesTheParser(byte[] data) {
    SourceFile note = new SourceFile("content/notes/alpha/n.md", text(data));
    parse(new ContentSet(Optional.of(EDITION), List.of(TEXT), List.of(new ContentSet.NoteFile("alpha", note)), List.of(), List.of(),
        List.of(), List.of()));
  }

  @FuzzTest(maxDuration = "2m")
  void aMarkdownBodyNeverCrashesTheParser(byte[] data) {
    String body = text(data);
    SourceFile text = new SourceFile("content/texts/beta.md", "---\nid: beta\ntitle: Beta\nauthor: Bea\n---\n" + body);
    SourceFile page = new SourceFile("content/pages/about.md", "---\ntitle: About\n---\n" + body);
    SourceFile term = new SourceFile("content/glossary/term.md", "---\nterm: Term\n---\n" + body);
    parse(new ContentSet(Optional.of(EDITION), List.of(TEXT, text), List.of(), List.of(term), List.of(), List.of(page), List.of()));
  }

  @FuzzTest(maxDuration = "2m")
  void aBibtexFileNeverCrashesTheParser(byte[] data) {
    SourceFile bib = new SourceFile("content/references/refs.bib", text(data));
    parse(new ContentSet(Optional.of(EDITION), List.of(TEXT), List.of(), List.of(), List.of(bib), List.of(), List.of()));
  }

  @FuzzTest(maxDuration = "2m")
  void anEditionFileNeverCrashesTheParser(byte[] data) {
    SourceFile edition = new SourceFile("content/edition.yaml", text(data));
    parse(new ContentSet(Optional.of(edition), List.of(TEXT), List.of(), List.of(), List.of(), List.of(), List.of()));
  }

  private static void parse(ContentSet content) {
    Diagnostics diagnostics = new Diagnostics();
    Path root = Path.of("").toAbsolutePath();
    Edition edition = new EditionParser(diagnostics, new MediaResolver(root, root.resolve("content"), diagnostics)).parse(content);
    assertTrue(edition != null);
    for (Diagnostic d : diagnostics.sorted()) {
      assertTrue(d.pos().line() >= 1 && d.pos().column() >= 1, d.toString());
    }
  }

  /** The bytes as the loader would hand them on: decoded, a BOM dropped, CRLF as LF. */
  static String text(byte[] data) {
    String s = new String(data, StandardCharsets.UTF_8);
    return (s.startsWith("\uFEFF") ? s.substring(1) : s).replace("\r\n", "\n");
  }
}
