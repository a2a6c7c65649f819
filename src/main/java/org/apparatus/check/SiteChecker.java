package org.apparatus.check;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks the site as it will be written: every internal link and fragment resolves, ids are
 * unique per page, and no page loads anything from another host.
 */
public final class SiteChecker {
  private final Diagnostics diagnostics;

  public SiteChecker(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public void check(Map<String, byte[]> files) {
    Map<String, Document> pages = new HashMap<>();
    Map<String, Set<String>> ids = new HashMap<>();
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      if (e.getKey().endsWith(".html")) {
        Document doc = Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8));
        pages.put(e.getKey(), doc);
        Set<String> seen = new HashSet<>();
        for (Element el : doc.select("[id]")) {
          if (!seen.add(el.id())) {
            diagnostics.error(Code.DUPLICATE_HTML_ID, SourcePos.fileStart("site/" + e.getKey()),
                "id `" + el.id() + "` appears more than once on the page", "give the elements distinct ids");
          }
        }
        ids.put(e.getKey(), seen);
      }
    }
    for (Map.Entry<String, Document> e : pages.entrySet()) {
      String page = e.getKey();
      for (Element el : e.getValue().select("a[href], link[href], script[src], img[src]")) {
        String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
        boolean asset = !el.tagName().equals("a");
        if (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("//")) {
          if (asset && !el.attr("rel").equals("canonical")) {
            diagnostics.error(Code.EXTERNAL_ASSET, SourcePos.fileStart("site/" + page), "page loads `" + url + "` from another host",
                "ship the asset in templates/assets/ so the site works offline");
          }
          continue;
        }
        if (url.startsWith("mailto:") || url.isEmpty()) {
          continue;
        }
        String path = url;
        String fragment = "";
        int hash = url.indexOf('#');
        if (hash >= 0) {
          path = url.substring(0, hash);
          fragment = url.substring(hash + 1);
        }
        String target = path.isEmpty() ? page : resolve(page, path);
        if (!files.containsKey(target)) {
          diagnostics.error(Code.BROKEN_LINK, SourcePos.fileStart("site/" + page), "link to missing file `" + url + "`",
              "check the template or cross-reference that produced it");
          continue;
        }
        if (!fragment.isEmpty() && target.endsWith(".html") && !ids.getOrDefault(target, Set.of()).contains(fragment)) {
          diagnostics.error(Code.BROKEN_LINK, SourcePos.fileStart("site/" + page), "link to missing anchor `" + url + "`",
              "the target page has no element with id `" + fragment + "`");
        }
      }
    }
  }

  static String resolve(String fromPage, String relative) {
    String base = fromPage.contains("/") ? fromPage.substring(0, fromPage.lastIndexOf('/') + 1) : "";
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (String s : (base + relative).split("/")) {
      if (s.equals("..")) {
        if (!parts.isEmpty()) {
          parts.removeLast();
        }
      } else if (!s.equals(".") && !s.isEmpty()) {
        parts.addLast(s);
      }
    }
    String joined = String.join("/", parts);
    return relative.endsWith("/") ? joined + "/index.html" : joined;
  }
}
