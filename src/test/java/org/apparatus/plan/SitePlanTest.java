package org.apparatus.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SitePlanTest {
  @Test
  void linksAreRelativeAndNameIndexHtml() {
    assertEquals("../glossary/index.html", SitePlan.relative("movahedian/index.html", "glossary/index.html"));
    assertEquals("movahedian/index.html", SitePlan.relative("index.html", "movahedian/index.html"));
    assertEquals("index.html", SitePlan.relative("glossary/index.html", "glossary/index.html"));
  }
}
