package org.apparatus.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.load.RootGuard;

/**
 * Templates are data too: they may not create Java objects ({@code ?new}), reach the Java API
 * ({@code ?api}), or read a file outside the template roots, through {@code ..} or a symbolic link.
 */
final class TemplateSecurity {
  private TemplateSecurity() {}

  /** Locks down a configuration: no class instantiation, no API access. */
  static void restrict(Configuration config) {
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
  }

  /** Reports symbolic links that lead out of {@code dir}; a template or asset behind one is never read. */
  static void checkRoot(Path dir, Function<Path, String> relative, Diagnostics diagnostics) {
    new RootGuard(dir, "the templates directory", relative, diagnostics).checkTree();
  }

  /**
   * A loader for the templates under {@code dir} that finds nothing whose real path is outside it.
   * FreeMarker's own check throws an unchecked exception for such a file; here it is simply absent
   * (and was reported by {@link #checkRoot}).
   */
  static TemplateLoader confinedLoader(Path dir) throws IOException {
    FileTemplateLoader files = new FileTemplateLoader(dir.toFile());
    Path real = dir.toRealPath();
    return new TemplateLoader() {
      @Override
      public Object findTemplateSource(String name) throws IOException {
        Path candidate = real.resolve(name).normalize();
        if (!candidate.startsWith(real) || !Files.exists(candidate) || !candidate.toRealPath().startsWith(real)) {
          return null;
        }
        return files.findTemplateSource(name);
      }

      @Override
      public long getLastModified(Object source) {
        return files.getLastModified(source);
      }

      @Override
      public Reader getReader(Object source, String encoding) throws IOException {
        return files.getReader(source, encoding);
      }

      @Override
      public void closeTemplateSource(Object source) throws IOException {
        files.closeTemplateSource(source);
      }
    };
  }
}
