package org.apparatus.parse;

/** Slugs for ids derived from heading text. */
public final class TextParserSlugs {
  private TextParserSlugs() {}

  public static String slug(String title) {
    return TextParser.slug(title);
  }
}
