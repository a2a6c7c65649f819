package org.apparatus.anchors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A paragraph's fingerprint follows its words, not the apparatus placed around them. */
class FingerprintTest {
  private static String fingerprint(String html) {
    Element p = Jsoup.parseBodyFragment(html).body().child(0);
    return Fingerprint.of(Fingerprint.identity(p));
  }

  private static final String BARE = "<p id=\"p1\" class=\"block\"><a class=\"loc\" href=\"#p1\">¶1</a> The river Aras forms a border.</p>";

  @Test
  void notesTermTipsAndBacklinksDoNotChangeAParagraph() {
    String annotated = "<p id=\"p1\" class=\"block\"><a class=\"loc\" href=\"#p1\">¶4</a> The river "
        + "<a class=\"term\" href=\"../glossary/index.html#term-aras\">Aras</a><span class=\"tip\" role=\"tooltip\">Aras: a river</span> "
        + "<span class=\"q\">forms a border</span><input type=\"checkbox\" class=\"nt\"><label class=\"mk\">3</label>"
        + "<span class=\"sn\" id=\"n-x\"><span class=\"nh\"><a class=\"nn\">3</a> Note</span><span class=\"nb\">Since 1828.</span></span>."
        + " <span class=\"block-backlinks\">Referred to from <a href=\"#\">note 9</a></span></p>";
    assertEquals(fingerprint(BARE), fingerprint(annotated));
  }

  @Test
  void aChangedWordChangesIt() {
    assertNotEquals(fingerprint(BARE), fingerprint(BARE.replace("border", "frontier")));
  }

  @Test
  void aNoteKeepsItsFingerprintWhenRenumberedButNotWhenItsVerdictChanges() {
    String note = "<span class=\"sn\" id=\"n-x\"><span class=\"nh\"><a class=\"nn\">3</a> <span class=\"nk\">Fact-check</span> "
        + "<span class=\"badge\">Supported</span></span><span class=\"nb\">Yes <span class=\"cite\">(Jones 1999)</span>.</span></span>";
    assertEquals(fingerprint(note), fingerprint(note.replace(">3<", ">12<")));
    assertNotEquals(fingerprint(note), fingerprint(note.replace("Supported", "Disputed")));
    assertEquals("Fact-check Supported Yes (Jones 1999).", Fingerprint.text(Jsoup.parseBodyFragment(note).body().child(0)));
  }

  @Test
  void crossReferencesCountByTheirTargetNotTheirGeneratedLabel() {
    String note = "<span class=\"sn\" id=\"n-x\"><span class=\"nb\">Compare <a class=\"xref xref-note\" href=\"#n-y\" "
        + "data-preview=\"note:y\">note 12 (Movahedian)</a> and <a class=\"cite\" href=\"#\" data-preview=\"ref:r1\">Reuters 2025a</a>.</span></span>";
    assertEquals(fingerprint(note), fingerprint(note.replace("note 12", "note 13").replace("2025a", "2025b")));
    assertNotEquals(fingerprint(note), fingerprint(note.replace("note:y", "note:z")));
  }

  @Test
  void excerptsStopAtAWord() {
    String text = "Beta closes with a word on the weather of the valley and of the hills beyond it.";
    assertEquals("Beta closes with a word on the weather of the valley and of…", Fingerprint.excerpt(text));
    assertEquals("Short.", Fingerprint.excerpt("Short."));
  }

  /** The one-copy reading of an anchor gives what the two separate readings give, on every anchor of the edition. */
  @Test
  void bothTextsFromOneCopyEqualTheTwoReadingsOnEveryAnchorOfTheEdition() throws java.io.IOException {
    java.nio.file.Path site = org.apparatus.Fixtures.sharedEdition().site();
    int anchors = 0;
    for (String page : org.apparatus.Fixtures.htmlPages(site)) {
      org.jsoup.nodes.Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
      for (Element e : doc.select("[id]")) {
        for (boolean editorial : new boolean[] {false, true}) {
          Fingerprint.Texts texts = Fingerprint.texts(e, editorial);
          assertEquals(Fingerprint.text(e), texts.text(), page + "#" + e.id());
          assertEquals(editorial ? Fingerprint.editorialIdentity(e) : Fingerprint.identity(e), texts.identity(), page + "#" + e.id());
        }
        anchors++;
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(anchors > 500, "elements with ids: " + anchors);
  }
}
