package org.apparatus.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that read an edition. */
final class SiteOptions {
  @Option(names = "--root", defaultValue = ".", description = "Project root; diagnostics name files relative to it (default: the current directory).")
  Path root;

  @Option(names = "--content", defaultValue = "content", description = "Content directory (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--templates", defaultValue = "templates", description = "Templates directory (default: ${DEFAULT-VALUE}).")
  Path templates;

  @Option(names = "--site", defaultValue = "site", description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path site;

  @Option(names = "--base-url", converter = BaseUrlConverter.class, description = "Absolute URL where the site will live, e.g. https://user.github.io/edition/ "
      + "(default: base_url in edition.yaml). Used for canonical links and exports; internal links stay relative.")
  String baseUrl;

  @Option(names = "--strict", description = "Treat warnings (unused references and terms) as errors.")
  boolean strict;

  @Option(names = "--fresh", description = "Format every reference and citation anew instead of taking them from the build "
      + "cache in .apparatus-cache/ (which is then rewritten; deleting that directory has the same effect).")
  boolean fresh;

  @Option(names = "--format", defaultValue = "text", description = "Diagnostics format: text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  /** Rejects a base URL that is not an absolute http(s) address (a usage error, exit code 2). */
  static final class BaseUrlConverter implements picocli.CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      org.apparatus.parse.EditionParser.baseUrlProblem(value).ifPresent(p -> {
        throw new picocli.CommandLine.TypeConversionException("`" + value + "` " + p);
      });
      return value;
    }
  }

  enum Format {
    text,
    json
  }
}
