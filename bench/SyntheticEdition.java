import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic edition of N documents for benchmarks, and the same corpus as a Hugo site.
 *
 * <pre>java bench/SyntheticEdition.java N OUT [WORDS_PER_DOCUMENT] [NOTES_PER_DOCUMENT]</pre>
 *
 * OUT/apparatus is an Apparatus project (content/ only: build it with the project's templates): N texts
 * with front matter, sections and paragraphs; stand-off margin notes in content/notes/doc-NNNN/ quoting
 * words of a paragraph, citing a reference and cross-referencing another document; 200 glossary terms
 * that the texts use; 50 references. OUT/hugo is the same corpus for Hugo: each document a page whose
 * notes are footnotes, each term a page, the cross-references Markdown links. The words come from a
 * fixed seed, so a given N always writes the same files.
 */
public final class SyntheticEdition {
  private static final int TERMS = 200;
  private static final int REFERENCES = 50;
  private static final int WORDS_PER_PARAGRAPH = 100;
  private static final int PARAGRAPHS_PER_SECTION = 4;
  private static final String[] WORDS = ("the of and a to in is was that for on as with by at from his her it an were "
      + "which this be are or had not but have their they one its been has more after also other into all new two "
      + "first who would there when time may over only years some these than most such many can where between about "
      + "state during under city people three later made part world history known work while being government "
      + "region border treaty river province minister council trade route envoy archive letter report claim").split(" ");
  private static final String[] SYLLABLES = "ar bel cor dan el fen gor hal in jar kel lor mar nor or par qui ros sal tor ul var wen xan yor zel"
      .split(" ");

  private final int documents;
  private final int wordsPerDocument;
  private final int notesPerDocument;
  private final Random random = new Random(20261201L);
  private final List<String> terms = new ArrayList<>();

  private SyntheticEdition(int documents, int wordsPerDocument, int notesPerDocument) {
    this.documents = documents;
    this.wordsPerDocument = wordsPerDocument;
    this.notesPerDocument = notesPerDocument;
    for (int i = 0; terms.size() < TERMS; i++) {
      String name = SYLLABLES[i % SYLLABLES.length] + SYLLABLES[(i / SYLLABLES.length) % SYLLABLES.length]
          + SYLLABLES[(i * 7 + 3) % SYLLABLES.length];
      String term = Character.toUpperCase(name.charAt(0)) + name.substring(1);
      if (!terms.contains(term)) {
        terms.add(term);
      }
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: java bench/SyntheticEdition.java N OUT [WORDS_PER_DOCUMENT] [NOTES_PER_DOCUMENT]");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    int words = args.length > 2 ? Integer.parseInt(args[2]) : 1500;
    int notes = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    new SyntheticEdition(n, words, notes).write(out);
    System.out.println("wrote " + n + " documents of about " + words + " words and " + notes + " notes each into "
        + out.resolve("apparatus") + " and " + out.resolve("hugo"));
  }

  private static String id(int doc) {
    return String.format("doc-%04d", doc);
  }

  private static String termId(String term) {
    return term.toLowerCase();
  }

  private void write(Path out) throws IOException {
    Path content = out.resolve("apparatus/content");
    Path hugo = out.resolve("hugo");
    write(content.resolve("edition.yaml"), """
        title: "Synthetic Edition"
        editors: ["Benchmark"]
        version: "1.0.0"
        date: "2026-12-01"
        language: en
        csl_style: chicago-author-date
        description: "A generated edition for measuring build times."
        """);
    write(content.resolve("pages/about.md"), "---\ntitle: About\norder: 1\n---\n## Purpose\n\nGenerated for benchmarks [@ref01].\n");
    StringBuilder bib = new StringBuilder();
    for (int r = 1; r <= REFERENCES; r++) {
      bib.append(String.format("@online{ref%02d,%n  author = {Author, Number %d},%n  title = {{Report %d}},%n"
          + "  journaltitle = {Example Journal},%n  date = {20%02d-01-01},%n  url = {https://example.org/report/%d}%n}%n%n",
          r, r, r, r % 25, r));
    }
    write(content.resolve("references/refs.bib"), bib.toString());
    for (String term : terms) {
      String definition = "A generated term. " + sentence(30) + " [@ref" + String.format("%02d", 1 + random.nextInt(REFERENCES)) + "]";
      write(content.resolve("glossary/" + termId(term) + ".md"), "---\nterm: " + term + "\n---\n" + definition + "\n");
      write(hugo.resolve("content/glossary/" + termId(term) + ".md"), "---\ntitle: " + term + "\n---\n" + definition.replaceAll(" \\[@ref\\d+\\]", "") + "\n");
    }
    write(hugo.resolve("hugo.toml"), "baseURL = 'https://example.org/'\ntitle = 'Synthetic Edition'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n");
    write(hugo.resolve("layouts/_default/baseof.html"),
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head>"
            + "<body><main>{{ block \"main\" . }}{{ end }}</main></body></html>\n");
    write(hugo.resolve("layouts/_default/single.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n");
    write(hugo.resolve("layouts/_default/list.html"),
        "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n");
    write(hugo.resolve("layouts/index.html"),
        "{{ define \"main\" }}<h1>{{ .Site.Title }}</h1><ul>{{ range .Site.RegularPages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n");
    for (int doc = 1; doc <= documents; doc++) {
      document(doc, content, hugo);
    }
  }

  /** One document: its text, its notes (stand-off for Apparatus, footnotes for Hugo). */
  private void document(int doc, Path content, Path hugo) throws IOException {
    String id = id(doc);
    int paragraphs = Math.max(1, wordsPerDocument / WORDS_PER_PARAGRAPH);
    int sections = Math.max(1, (paragraphs + PARAGRAPHS_PER_SECTION - 1) / PARAGRAPHS_PER_SECTION);
    List<String> anchors = new ArrayList<>();
    List<String> openings = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    int p = 0;
    for (int s = 1; s <= sections && p < paragraphs; s++) {
      body.append("## ").append(s).append(". Section ").append(s).append("\n\n");
      for (int k = 1; k <= PARAGRAPHS_PER_SECTION && p < paragraphs; k++, p++) {
        String opening = "In passage " + (p + 1) + " of record " + doc;
        body.append(opening).append(", ").append(paragraph()).append("\n\n");
        anchors.add("s" + s + "-p" + k);
        openings.add(opening);
      }
    }
    String title = "Record " + doc + ": " + capitalised(sentence(5));
    String front = "---\nid: " + id + "\ntitle: \"" + title + "\"\nauthor: \"Author " + doc + " Example\"\npublication: \"Example Press\"\n"
        + "date: \"2025-01-01\"\norder: " + doc + "\n---\n\n";
    write(content.resolve("texts/" + id + ".md"), front + body);

    StringBuilder hugoBody = new StringBuilder(body);
    StringBuilder footnotes = new StringBuilder();
    int notes = Math.min(notesPerDocument, anchors.size());
    for (int n = 1; n <= notes; n++) {
      int at = (n - 1) * anchors.size() / notes;
      int other = 1 + (doc + n * 37) % documents;
      String reference = String.format("ref%02d", 1 + random.nextInt(REFERENCES));
      String text = sentence(40) + " [@" + reference + "]";
      String crossRef = other == doc ? "" : " Compare [[" + id(other) + "#s1-p1]].";
      write(content.resolve("notes/" + id + "/" + id + "-n" + String.format("%02d", n) + ".md"),
          "---\nkind: margin\nquote: \"" + openings.get(at) + "\"\nparagraph: " + anchors.get(at) + "\n---\n" + text + crossRef + "\n");
      String marker = "[^" + n + "]";
      int place = hugoBody.indexOf(openings.get(at) + ",");
      hugoBody.insert(place + openings.get(at).length(), marker);
      footnotes.append(marker).append(": ").append(text.replaceAll(" \\[@ref\\d+\\]", ""))
          .append(other == doc ? "" : " Compare [record " + other + "](/docs/" + id(other) + "/).").append("\n");
    }
    write(hugo.resolve("content/docs/" + id + ".md"),
        "---\ntitle: \"" + title + "\"\ndate: 2025-01-01\n---\n\n" + hugoBody + "\n" + footnotes);
  }

  /** About a paragraph's worth of words, with a glossary term now and then. */
  private String paragraph() {
    StringBuilder b = new StringBuilder();
    int words = WORDS_PER_PARAGRAPH - 8;
    while (words > 0) {
      int length = Math.min(words, 8 + random.nextInt(12));
      String s = sentence(length);
      if (random.nextInt(3) == 0) {
        s = s + " near " + terms.get(random.nextInt(terms.size()));
      }
      b.append(b.isEmpty() ? s : capitalised(s)).append(". ");
      words -= length;
    }
    return b.toString().strip();
  }

  private String sentence(int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return b.toString();
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
