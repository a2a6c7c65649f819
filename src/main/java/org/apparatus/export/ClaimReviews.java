package org.apparatus.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apparatus.model.Edition;
import org.apparatus.model.Note;
import org.apparatus.model.Text;
import org.apparatus.model.Verdict;
import org.apparatus.plan.SitePlan;
import org.apparatus.resolve.NotePlacement;
import org.apparatus.resolve.ResolvedEdition;

/**
 * schema.org {@code ClaimReview} for fact-checks, one per check with a verdict on the scale
 * ({@code opinion} is a label, not a review). The same records are embedded in each text page and
 * collected in {@code exports/claim-reviews.jsonld}.
 */
public final class ClaimReviews {
  private final ResolvedEdition resolved;
  private final SitePlan plan;

  public ClaimReviews(ResolvedEdition resolved, SitePlan plan) {
    this.resolved = resolved;
    this.plan = plan;
  }

  /** The reviews of one text (or of every text for {@code null}) as a JSON-LD document; empty if none. */
  public Map<String, Object> document(String textId, SiteUrls urls) {
    Edition edition = resolved.edition();
    List<Object> items = new ArrayList<>();
    for (Note n : textId == null ? edition.notes() : edition.notesOn(textId)) {
      NotePlacement p = resolved.notePlacements().get(n.id());
      if (p == null || n.verdict().isEmpty()
          || n.verdict().get() == Verdict.OPINION) {
        continue;
      }
      items.add(review(n, p, edition.text(n.textId()).orElseThrow(), urls));
    }
    if (items.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("@context", "https://schema.org");
    doc.put("@graph", items);
    return doc;
  }

  private Map<String, Object> review(Note n, NotePlacement p, Text text, SiteUrls urls) {
    Verdict v = n.verdict().orElseThrow();
    Map<String, Object> review = new LinkedHashMap<>();
    review.put("@type", "ClaimReview");
    review.put("url", urls.page(plan.page(text.id()).path(), p.anchor()));
    review.put("claimReviewed", n.claim());
    review.put("datePublished", n.checked());
    review.put("author", typed("Organization", "name", resolved.edition().meta().title()));
    Map<String, Object> claim = typed("Claim", "author", typed("Person", "name", text.author()));
    if (!text.date().isEmpty()) {
      claim.put("datePublished", text.date());
    }
    Map<String, Object> appearance = typed("CreativeWork", "name", text.title());
    if (!text.url().isEmpty()) {
      appearance.put("url", text.url());
    }
    claim.put("appearance", appearance);
    review.put("itemReviewed", claim);
    Map<String, Object> rating = typed("Rating", "alternateName", v.label());
    if (v.ratingValue() > 0) {
      rating.put("ratingValue", v.ratingValue());
      rating.put("bestRating", 5);
      rating.put("worstRating", 1);
    }
    review.put("reviewRating", rating);
    return review;
  }

  private static Map<String, Object> typed(String type, String key, Object value) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("@type", type);
    node.put(key, value);
    return node;
  }
}
