package org.apparatus.export;

import org.apparatus.plan.SitePlan;

/**
 * Addresses of the site's files as written into one file ({@code fromPath}): absolute under the
 * edition's {@code base_url} when it has one, otherwise relative to {@code fromPath}, so that they
 * resolve wherever the site is opened (JSON-LD resolves relative IRIs against the document's URL).
 */
public record SiteUrls(String baseUrl, String fromPath) {
  /** A page ({@code movahedian/index.html}), optionally with a fragment; directory form when absolute. */
  public String page(String path, String fragment) {
    String url = baseUrl.isEmpty() ? SitePlan.relative(fromPath, path) : SitePlan.publicUrl(baseUrl, path);
    return fragment.isEmpty() ? url : url + "#" + fragment;
  }

  /** Any other file of the site, e.g. {@code exports/annotations.jsonld}. */
  public String file(String path) {
    return baseUrl.isEmpty() ? SitePlan.relative(fromPath, path) : baseUrl + path;
  }
}
