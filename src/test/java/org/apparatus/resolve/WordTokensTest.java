package org.apparatus.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.apparatus.model.Block;
import org.apparatus.model.Edition;
import org.apparatus.model.Term;
import org.apparatus.model.Text;
import org.junit.jupiter.api.Test;

/** The glance at a block's words never rules out a spelling that occurs in it as a whole word. */
class WordTokensTest {
  @Test
  void wordsAreRunsOfLettersAndDigits() {
    assertEquals(Set.of("Nagorno", "Karabakh", "s", "U", "S", "1994", "Bakı"), WordTokens.of("Nagorno-Karabakh's U.S. (1994) Bakı"));
    assertEquals(Set.of(), WordTokens.of(" — "));
  }

  @Test
  void aSpellingIsLookedForWhereItsFirstWordIs() {
    Set<String> words = WordTokens.of("the Nagorno-Karabakh conflict");
    assertTrue(WordTokens.firstWords(List.of("Nagorno-Karabakh")).mayOccurIn(words));
    assertTrue(WordTokens.firstWords(List.of("Artsakh", "Nagorno-Karabakh")).mayOccurIn(words));
    assertFalse(WordTokens.firstWords(List.of("Artsakh")).mayOccurIn(words));
    assertFalse(WordTokens.firstWords(List.of("Nagor")).mayOccurIn(words), "a part of a word is not a whole word");
    assertTrue(WordTokens.firstWords(List.of("\"Zangezur corridor\"")).mayOccurIn(words), "a spelling starting with a quote mark is always looked for");
  }

  @Test
  void everyWholeWordOccurrenceOfATermInTheBundledEditionPassesTheGlance() {
    Build.Result built = Build.run(new Build.Options(Fixtures.PROJECT, Fixtures.PROJECT.resolve("content"), Fixtures.TEMPLATES,
        Path.of("unused-site"), null, false, false, Build.Mode.MODEL));
    Edition edition = built.resolved().edition();
    int occurrences = 0;
    for (Text text : edition.texts()) {
      for (Block block : text.blocks()) {
        Set<String> words = WordTokens.of(block.text());
        for (Term term : edition.terms()) {
          boolean occurs = term.spellings().stream().anyMatch(s -> occursAsWholeWord(block.text(), s));
          if (occurs) {
            occurrences++;
            assertTrue(WordTokens.firstWords(term.spellings()).mayOccurIn(words), term.id() + " in " + text.id() + "#" + block.anchor());
          }
        }
      }
    }
    assertTrue(occurrences > 50, "the edition's texts use its terms: " + occurrences);
  }

  private static boolean occursAsWholeWord(String text, String spelling) {
    for (int i = text.indexOf(spelling); i >= 0; i = text.indexOf(spelling, i + 1)) {
      if (QuoteMatcher.isWholeWord(text, i, i + spelling.length())) {
        return true;
      }
    }
    return false;
  }
}
