package org.apparatus.anchors;

/**
 * An anchor found in the rendered site.
 *
 * @param locator how a reader cites it, e.g. {@code Movahedian §5-3 ¶2}, {@code note 3 (Afrasiabi)}
 * @param fingerprint a short hash of the element's text without apparatus chrome (see {@link Fingerprint})
 * @param excerpt the start of that text, recorded so a tombstone can say what was there
 */
public record Anchor(AnchorRef ref, AnchorKind kind, String locator, String fingerprint, String excerpt) {}
