package org.apparatus.render;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;

/** FreeMarker with HTML auto-escaping and strict errors, reading templates from disk at each build. */
public final class Templates {
  private final Configuration config;
  private final String templatesDir;
  private final Diagnostics diagnostics;

  public Templates(Path dir, String relativeDir, Diagnostics diagnostics) throws IOException {
    this.templatesDir = relativeDir;
    this.diagnostics = diagnostics;
    this.config = new Configuration(Configuration.VERSION_2_3_34);
    TemplateSecurity.checkRoot(dir, p -> relativeDir + "/" + dir.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize())
        .toString().replace('\\', '/'), diagnostics);
    config.setTemplateLoader(TemplateSecurity.confinedLoader(dir));
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

  /** Renders {@code name} with the given model, or reports why it could not and returns empty. */
  public Optional<String> render(String name, Map<String, Object> model) {
    try {
      Template template = config.getTemplate(name);
      StringWriter out = new StringWriter();
      template.process(model, out);
      return Optional.of(out.toString());
    } catch (TemplateNotFoundException e) {
      diagnostics.error(Code.MISSING_TEMPLATE, SourcePos.fileStart(templatesDir + "/" + name), "template `" + name + "` not found",
          "create " + templatesDir + "/" + name + " (the default templates are in the project's templates/ directory)");
    } catch (ParseException e) {
      diagnostics.error(Code.TEMPLATE_ERROR, new SourcePos(templatesDir + "/" + nameOf(e.getTemplateName(), name),
          Math.max(1, e.getLineNumber()), Math.max(1, e.getColumnNumber())), "template syntax error: " + firstLine(e.getEditorMessage()),
          "fix the FreeMarker syntax at this line");
    } catch (TemplateException e) {
      diagnostics.error(Code.TEMPLATE_ERROR, new SourcePos(templatesDir + "/" + nameOf(e.getTemplateSourceName(), name),
          lineOf(e.getLineNumber()), lineOf(e.getColumnNumber())), "template error: " + firstLine(e.getMessageWithoutStackTop()),
          "check the variable names against the view records documented in README (Templates)");
    } catch (IOException | RuntimeException e) {
      diagnostics.error(Code.TEMPLATE_ERROR, SourcePos.fileStart(templatesDir + "/" + name), "cannot read template: " + e.getMessage(), "");
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
