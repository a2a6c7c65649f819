package org.apparatus.export;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apparatus.plan.SitePlan;
import org.apparatus.resolve.ResolvedEdition;
import org.apparatus.site.RenderedSite;

/** The machine-readable exports under {@code exports/}, derived from the edition and its rendered pages. */
public final class Exports {
  public static final String CLAIM_REVIEWS = "exports/claim-reviews.jsonld";

  private Exports() {}

  public static void addTo(ResolvedEdition resolved, SitePlan plan, RenderedSite site) {
    site.put(WebAnnotations.PATH, bytes(new WebAnnotations(resolved, plan, site).collection()));
    Map<String, Object> reviews = new ClaimReviews(resolved, plan)
        .document(null, new SiteUrls(resolved.edition().meta().baseUrl(), CLAIM_REVIEWS));
    if (reviews.isEmpty()) {
      reviews = new LinkedHashMap<>();
      reviews.put("@context", "https://schema.org");
      reviews.put("@graph", List.of());
    }
    site.put(CLAIM_REVIEWS, bytes(reviews));
  }

  private static byte[] bytes(Map<String, Object> json) {
    return JsonWriter.pretty(json).getBytes(StandardCharsets.UTF_8);
  }
}
