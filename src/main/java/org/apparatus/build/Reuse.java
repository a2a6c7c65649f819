package org.apparatus.build;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apparatus.anchors.RememberedAnchors;
import org.apparatus.parse.BibConversions;
import org.apparatus.parse.MarkdownParser;
import org.apparatus.render.RenderedTemplates;

/**
 * What a series of builds of one edition, such as a live preview's, carries from one build to the
 * next: results that depend only on inputs that have not changed, and the site as last written, so
 * that the next build writes only the files whose bytes differ. A single build reuses nothing.
 */
public final class Reuse {
  private final MarkdownParser markdown;
  private final BibConversions bib;
  private final RememberedAnchors anchors;
  private final RenderedTemplates templates;
  private final boolean remembersSite;
  private Path writtenTo;
  private Map<String, byte[]> written;

  private Reuse(MarkdownParser markdown, BibConversions bib, RememberedAnchors anchors, RenderedTemplates templates,
      boolean remembersSite) {
    this.markdown = markdown;
    this.bib = bib;
    this.anchors = anchors;
    this.templates = templates;
    this.remembersSite = remembersSite;
  }

  /** For a single build. */
  public static Reuse nothing() {
    return new Reuse(new MarkdownParser(), BibConversions.none(), RememberedAnchors.none(), RenderedTemplates.none(), false);
  }

  /** For builds that follow each other in one process; one build at a time. */
  public static Reuse acrossBuilds() {
    return new Reuse(MarkdownParser.remembering(), BibConversions.acrossBuilds(), RememberedAnchors.acrossBuilds(), RenderedTemplates.acrossBuilds(), true);
  }

  /** The Markdown parser for the build about to start. */
  MarkdownParser markdownForNextBuild() {
    markdown.nextBuild();
    return markdown;
  }

  /** The BibTeX conversions of the last build, for the build about to start. */
  BibConversions bibForNextBuild() {
    bib.nextBuild();
    return bib;
  }

  /** The template outputs of the last build, for the build about to start, whose templates are in {@code dir}. */
  RenderedTemplates templatesForNextBuild(Path dir) {
    templates.nextBuild(dir);
    return templates;
  }

  /** The anchors the last build found, for the build about to start. */
  RememberedAnchors anchorsForNextBuild() {
    anchors.nextBuild();
    return anchors;
  }

  /** The files last written to {@code site}, while the directory is still there. */
  Optional<Map<String, byte[]>> writtenTo(Path site) {
    Path dir = site.toAbsolutePath().normalize();
    if (written == null || !dir.equals(writtenTo) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    return Optional.of(written);
  }

  /** Records what {@code site} now holds; {@code null} when a write failed part way and the next must start over. */
  void wrote(Path site, Map<String, byte[]> files) {
    if (remembersSite) {
      writtenTo = site.toAbsolutePath().normalize();
      written = files;
    }
  }
}
