package org.apparatus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template's output is taken again only for an equal view and unchanged template files. */
class RenderedTemplatesTest {
  @TempDir
  Path dir;

  private static Map<String, Object> view(String title) {
    return Map.of("page", new Views.ContentPage("about", title, "<p>Body</p>", List.of(new Views.Toc("s1", "One", 2))));
  }

  /** A series whose first build rendered the about page from a template in the test's directory. */
  private RenderedTemplates afterOneBuild() throws IOException {
    Files.writeString(dir.resolve("page.ftlh"), "<h1>${page.title}</h1>");
    RenderedTemplates rendered = RenderedTemplates.acrossBuilds();
    rendered.nextBuild(dir);
    rendered.put("page.ftlh", view("About"), "<h1>About</h1>");
    return rendered;
  }

  @Test
  void anEqualViewGetsTheOutputOfThePreviousBuild() throws IOException {
    RenderedTemplates rendered = afterOneBuild();
    rendered.nextBuild(dir);
    assertEquals("<h1>About</h1>", rendered.get("page.ftlh", view("About")), "an equal view, made anew");
    assertNull(rendered.get("page.ftlh", view("About us")), "another view");
    assertNull(rendered.get("home.ftlh", view("About")), "another template");
  }

  @Test
  void aChangedTemplateFileDropsEveryOutput() throws IOException {
    RenderedTemplates rendered = afterOneBuild();
    Files.writeString(dir.resolve("partial.ftlh"), "<p>included</p>");
    rendered.nextBuild(dir);
    assertNull(rendered.get("page.ftlh", view("About")), "a file was added to the templates");
  }

  @Test
  void anOutputTheLastBuildDidNotAskForIsDropped() throws IOException {
    RenderedTemplates rendered = afterOneBuild();
    rendered.nextBuild(dir);
    rendered.nextBuild(dir);
    assertNull(rendered.get("page.ftlh", view("About")));
  }

  @Test
  void aSingleBuildKeepsNothing() {
    RenderedTemplates rendered = RenderedTemplates.none();
    rendered.nextBuild(dir);
    rendered.put("page.ftlh", view("About"), "<h1>About</h1>");
    assertNull(rendered.get("page.ftlh", view("About")));
  }
}
