package org.apparatus.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a block, to rule out at a glance the glossary terms it cannot hold. A word is a run of letters and
 * digits, as {@link QuoteMatcher#isWholeWord} draws its bounds: a spelling that occurs as a whole word and begins
 * with a letter or digit has its own first word among the block's words, so a term none of whose first words is
 * there is not searched for. An edition with hundreds of terms and thousands of paragraphs is linked in time
 * proportional to its words, not to their product with the terms.
 */
final class WordTokens {
  private WordTokens() {}

  static Set<String> of(String text) {
    Set<String> words = new HashSet<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  /** The first words of a term's spellings; a spelling that begins with another character may occur anywhere. */
  record FirstWords(Set<String> words, boolean anywhere) {
    boolean mayOccurIn(Set<String> blockWords) {
      if (anywhere) {
        return true;
      }
      for (String w : words) {
        if (blockWords.contains(w)) {
          return true;
        }
      }
      return false;
    }
  }

  static FirstWords firstWords(List<String> spellings) {
    Set<String> words = new HashSet<>();
    boolean anywhere = false;
    for (String s : spellings) {
      int end = 0;
      while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
        end++;
      }
      if (end == 0) {
        anywhere = true;
      } else {
        words.add(s.substring(0, end));
      }
    }
    return new FirstWords(Set.copyOf(words), anywhere);
  }
}
