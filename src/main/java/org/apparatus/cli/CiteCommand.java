package org.apparatus.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apparatus.build.Build;
import org.apparatus.cite.Citable;
import org.apparatus.cite.CitableIndex;
import org.apparatus.cite.CitationTemplates;
import org.apparatus.cite.CiteFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "cite", mixinStandardHelpOptions = true,
    description = "Print the citations of one anchor (the same as the page's Cite button), e.g. `apparatus cite essay#s2-p3`, "
        + "or of a whole text (`apparatus cite <text-id>`) or page (`apparatus cite page:<id>`).")
final class CiteCommand implements Callable<Integer> {
  @Mixin
  SiteOptions options;

  @Parameters(paramLabel = "ANCHOR", description = "text#fragment (e.g. essay#s2-p3), note:<id>, term:<id>, a text id or page:<id>.")
  String anchor;

  @Option(names = "--style", split = ",", paramLabel = "FORMAT",
      description = "Formats to print: chicago, apa, mla, bibtex, ris, csl-json (default: all).")
  List<String> formats;

  @Option(names = "--accessed", paramLabel = "YYYY-MM-DD", description = "Access date to state (default: today).")
  String accessed;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate date;
    List<CiteFormat> chosen;
    try {
      date = accessed == null ? LocalDate.now() : LocalDate.parse(accessed);
      chosen = formats == null ? List.of(CiteFormat.values()) : formats.stream().map(CiteFormat::byKey).toList();
    } catch (DateTimeParseException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return Main.USAGE;
    }
    Build.Result result = Runner.build(options, false, Build.Mode.MODEL);
    if (result.failed()) {
      return Runner.report(options, false, result, out, err);
    }
    var citable = new CitableIndex(result.resolved(), result.plan()).find(anchor);
    if (citable.isEmpty()) {
      err.println("error: no citable anchor `" + anchor + "`");
      err.println("Give text#fragment (the id after # in a paragraph's link), note:<id>, term:<id>, a text id or page:<id>; "
          + "`apparatus anchors` lists them.");
      return Main.USAGE;
    }
    Citable c = citable.get();
    var meta = result.resolved().edition().meta();
    Map<CiteFormat, String> templates = new CitationTemplates(meta, result.resolved().edition().texts(),
        result.resolved().edition().pages()).templates(c.kind(), c.work());
    String url = CitableIndex.url(meta.baseUrl(), c);
    for (CiteFormat f : chosen) {
      out.println("== " + f.label());
      out.println(CitationTemplates.fill(templates.get(f), f, c, url, date));
      out.println();
    }
    if (meta.baseUrl().isEmpty()) {
      err.println("note: no base URL is set, so the URLs are relative to the site root; pass --base-url or set base_url in edition.yaml");
    }
    return Main.OK;
  }
}
