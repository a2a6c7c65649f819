package org.apparatus.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large edition's pages stay proportional to their own content while every text stays two clicks away. */
class NavigationScaleTest {

  @Test
  void aSmallEditionsHeaderListsEveryText(@TempDir Path tmp) throws IOException {
    Map<String, byte[]> files = build(tmp, 3);
    List<String> labels = headerLabels(files, "text-02/index.html");
    for (int i = 1; i <= 3; i++) {
      assertTrue(labels.contains("Writer " + i), "the header names text " + i + ": " + labels);
    }
  }

  @Test
  void aLargeEditionsPagesLinkOnlyToTheirOwnTextAndKeepEveryTextTwoClicksAway(@TempDir Path tmp) throws IOException {
    int count = Navigation.HEADER_TEXTS + 8;
    Map<String, byte[]> files = build(tmp, count);
    List<String> labels = headerLabels(files, "text-05/index.html");
    assertTrue(labels.contains("Writer 5"), "the page's own text stays in the header: " + labels);
    assertFalse(labels.contains("Writer 6"), "other texts are left to the home page: " + labels);
    assertTrue(labels.containsAll(List.of("Home", "Glossary", "References")), labels::toString);

    Map<String, Set<String>> links = links(files);
    for (String from : links.keySet()) {
      Set<String> reached = within(links, from, 2);
      for (int i = 1; i <= count; i++) {
        assertTrue(reached.contains(textPath(i)), textPath(i) + " is within two clicks of " + from);
      }
    }
  }

  @Test
  void aTextPageDoesNotGrowWithTheNumberOfTexts(@TempDir Path tmp) throws IOException {
    int small = build(tmp.resolve("small"), Navigation.HEADER_TEXTS + 1).get(textPath(1)).length;
    int large = build(tmp.resolve("large"), 4 * Navigation.HEADER_TEXTS).get(textPath(1)).length;
    assertTrue(large - small < 200, "text 1's page: " + small + " bytes among few texts, " + large + " among many");
  }

  private static Map<String, byte[]> build(Path root, int texts) throws IOException {
    Fixtures.copyTree(Fixtures.RESOURCES.resolve("invalid/bibtex-syntax/content"), root.resolve("content"));
    Files.delete(root.resolve("content/references/broken.bib"));
    Files.delete(root.resolve("content/texts/alpha.md"));
    for (int i = 1; i <= texts; i++) {
      Files.writeString(root.resolve("content/texts/" + textId(i) + ".md"), """
          ---
          id: %s
          title: "Text number %d"
          author: "Writer %d"
          short_name: "Writer %d"
          ---
          ## 1. Opening

          The river forms a border in text %d. See [@smith2020].
          """.formatted(textId(i), i, i, i, i));
    }
    Build.Result result = Fixtures.build(root, Fixtures.TEMPLATES, root.resolve("site"), false, false);
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    return result.files();
  }

  private static String textId(int i) {
    return "text-%02d".formatted(i);
  }

  private static String textPath(int i) {
    return textId(i) + "/index.html";
  }

  private static List<String> headerLabels(Map<String, byte[]> files, String path) {
    return page(files, path).select("header.site nav a").eachText();
  }

  private static Document page(Map<String, byte[]> files, String path) {
    return Jsoup.parse(new String(files.get(path), StandardCharsets.UTF_8));
  }

  /** The pages each HTML page links to, as site paths. */
  private static Map<String, Set<String>> links(Map<String, byte[]> files) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String path : files.keySet()) {
      if (!path.endsWith(".html")) {
        continue;
      }
      Set<String> targets = new HashSet<>();
      for (Element a : page(files, path).select("a[href]")) {
        String href = a.attr("href").replaceFirst("#.*", "");
        if (!href.isEmpty() && !href.contains(":")) {
          targets.add(Path.of(path).resolveSibling(href).normalize().toString());
        }
      }
      out.put(path, targets);
    }
    return out;
  }

  private static Set<String> within(Map<String, Set<String>> links, String from, int clicks) {
    Set<String> seen = new HashSet<>(Set.of(from));
    ArrayDeque<String> frontier = new ArrayDeque<>(List.of(from));
    for (int step = 0; step < clicks; step++) {
      ArrayDeque<String> next = new ArrayDeque<>();
      for (String page : frontier) {
        for (String to : links.getOrDefault(page, Set.of())) {
          if (seen.add(to)) {
            next.add(to);
          }
        }
      }
      frontier = next;
    }
    return seen;
  }
}
