package org.apparatus.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.theme.BuiltInTheme;

/**
 * FreeMarker with HTML auto-escaping and strict errors. A template is read from the edition's templates directory
 * when it has one of that name, else from the built-in theme, at each build.
 */
public final class Templates {
  private final Configuration config;
  private final Path dir;
  private final String templatesDir;
  private final Diagnostics diagnostics;
  private final RenderedTemplates rendered;

  public Templates(Path dir, String relativeDir, Diagnostics diagnostics) throws IOException {
    this(dir, relativeDir, diagnostics, RenderedTemplates.none());
  }

  /** Templates that take a page's HTML from {@code rendered} when its view is the one they rendered it from. */
  public Templates(Path dir, String relativeDir, Diagnostics diagnostics, RenderedTemplates rendered) throws IOException {
    this.rendered = rendered;
    this.dir = dir;
    this.templatesDir = relativeDir;
    this.diagnostics = diagnostics;
    this.config = new Configuration(Configuration.VERSION_2_3_34);
    if (Files.isDirectory(dir)) {
      TemplateSecurity.checkRoot(dir, p -> relativeDir + "/" + dir.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize())
          .toString().replace('\\', '/'), diagnostics);
    }
    config.setTemplateLoader(loader(dir));
    config.setDefaultEncoding("UTF-8");
    config.setOutputEncoding("UTF-8");
    config.setRecognizeStandardFileExtensions(true);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    TemplateSecurity.restrict(config);
    config.setNumberFormat("computer");
    config.setLocale(java.util.Locale.ROOT);
    config.setTemplateUpdateDelayMilliseconds(0);
  }

  /** The edition's templates first (if the directory exists), then the built-in theme. */
  private static TemplateLoader loader(Path dir) throws IOException {
    TemplateLoader theme = new ClassTemplateLoader(BuiltInTheme.class.getClassLoader(), BuiltInTheme.RESOURCE_ROOT);
    if (!Files.isDirectory(dir)) {
      return theme;
    }
    return new MultiTemplateLoader(new TemplateLoader[] {TemplateSecurity.confinedLoader(dir), theme});
  }

  /** Where a template came from, as diagnostics name it: the edition's own file, or the built-in theme's. */
  private String sourceOf(String name) {
    return Files.isRegularFile(dir.resolve(name)) ? templatesDir + "/" + name : BuiltInTheme.DISPLAY_ROOT + "/" + name;
  }

  /** Renders {@code name} with the given model, or reports why it could not and returns empty. */
  public Optional<String> render(String name, Map<String, Object> model) {
    String known = rendered.get(name, model);
    if (known != null) {
      return Optional.of(known);
    }
    try {
      Template template = config.getTemplate(name);
      StringWriter out = new StringWriter();
      template.process(model, out);
      rendered.put(name, model, out.toString());
      return Optional.of(out.toString());
    } catch (TemplateNotFoundException e) {
      diagnostics.error(Code.MISSING_TEMPLATE, SourcePos.fileStart(templatesDir + "/" + name), "template `" + name + "` not found",
          "neither " + templatesDir + "/ nor the built-in theme has it; `apparatus templates --eject` lists the built-in templates");
    } catch (ParseException e) {
      diagnostics.error(Code.TEMPLATE_ERROR, new SourcePos(sourceOf(nameOf(e.getTemplateName(), name)),
          Math.max(1, e.getLineNumber()), Math.max(1, e.getColumnNumber())), "template syntax error: " + firstLine(e.getEditorMessage()),
          "fix the FreeMarker syntax at this line");
    } catch (TemplateException e) {
      Optional<TemplateNotFoundException> missing = missingInclude(e);
      if (missing.isPresent()) {
        String included = missing.get().getTemplateName();
        diagnostics.error(Code.MISSING_TEMPLATE, new SourcePos(sourceOf(nameOf(e.getTemplateSourceName(), name)),
            lineOf(e.getLineNumber()), lineOf(e.getColumnNumber())), "template `" + included + "` not found",
            "neither " + templatesDir + "/ nor the built-in theme has it; create " + templatesDir + "/" + included
                + " or fix the name (`apparatus templates --eject` lists the built-in templates)");
        return Optional.empty();
      }
      diagnostics.error(Code.TEMPLATE_ERROR, new SourcePos(sourceOf(nameOf(e.getTemplateSourceName(), name)),
          lineOf(e.getLineNumber()), lineOf(e.getColumnNumber())), "template error: " + firstLine(e.getMessageWithoutStackTop()),
          "check the variable names against the view records documented in README (Templates)");
    } catch (IOException | RuntimeException e) {
      diagnostics.error(Code.TEMPLATE_ERROR, SourcePos.fileStart(sourceOf(name)), "cannot read template: " + e.getMessage(), "");
    }
    return Optional.empty();
  }

  /** The template an {@code #include} or {@code #import} asked for and nobody has, if that is what failed. */
  private static Optional<TemplateNotFoundException> missingInclude(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TemplateNotFoundException n) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  private static int lineOf(Integer n) {
    return n == null || n < 1 ? 1 : n;
  }

  private static String nameOf(String source, String fallback) {
    return source == null ? fallback : source;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    return message.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("----")).findFirst().orElse(message.strip());
  }
}
