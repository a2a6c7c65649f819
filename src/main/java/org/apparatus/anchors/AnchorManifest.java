package org.apparatus.anchors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apparatus.diagnostic.Json;
import org.apparatus.model.EditionMeta;

/**
 * {@code anchors.json} at the site root: every anchor of the site and every moved or retired one, with
 * its page, fragment, kind, human locator and URL (absolute when the edition has a base URL).
 */
final class AnchorManifest {
  static final String PATH = "anchors.json";

  private AnchorManifest() {}

  static String json(EditionMeta meta, List<LockEntry> entries, Set<AnchorRef> locked) {
    StringBuilder out = new StringBuilder("{\n");
    out.append("  \"edition\": ").append(Json.quote(meta.title())).append(",\n");
    out.append("  \"version\": ").append(Json.quote(meta.version())).append(",\n");
    out.append("  \"base_url\": ").append(Json.quote(meta.baseUrl())).append(",\n");
    out.append("  \"anchors\": [");
    for (int i = 0; i < entries.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n").append("    ").append(entry(entries.get(i), meta.baseUrl(), locked));
    }
    out.append(entries.isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
    return out.toString();
  }

  private static String entry(LockEntry e, String base, Set<AnchorRef> locked) {
    List<String> fields = new ArrayList<>();
    fields.add(field("page", e.ref().page()));
    fields.add(field("fragment", e.ref().fragment()));
    fields.add(field("kind", e.kind().key()));
    fields.add(field("locator", e.locator()));
    fields.add(field("url", url(base, e.ref())));
    fields.add(field("fingerprint", e.fingerprint()));
    fields.add(field("since", e.since()));
    fields.add("\"locked\": " + locked.contains(e.ref()));
    if (e.status() instanceof LockEntry.Moved m) {
      fields.add(field("status", "moved"));
      fields.add(field("moved_in", m.version()));
      fields.add(field("moved_to", m.to().toString()));
      fields.add(field("moved_to_url", url(base, m.to())));
    } else if (e.status() instanceof LockEntry.Retired r) {
      fields.add(field("status", "retired"));
      fields.add(field("retired_in", r.version()));
      fields.add(field("reason", r.reason()));
    } else {
      fields.add(field("status", "live"));
    }
    return "{" + String.join(", ", fields) + "}";
  }

  static String url(String base, AnchorRef ref) {
    return base + ref.page() + "#" + ref.fragment();
  }

  private static String field(String name, String value) {
    return Json.quote(name) + ": " + Json.quote(value);
  }
}
