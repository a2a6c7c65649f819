package org.apparatus.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CslCatalogTest {
  @Test
  void aStyleIsFoundByItsResourceExactlyWhenTheListingHoldsIt() {
    for (String id : CslCatalog.styles()) {
      assertEquals(!id.contains("/"), CslCatalog.hasStyle(id), id);
    }
    assertTrue(CslCatalog.hasStyle("chicago-author-date"));
    assertFalse(CslCatalog.hasStyle("no-such-style"));
    assertFalse(CslCatalog.hasStyle("../chicago-author-date"));
    assertFalse(CslCatalog.hasStyle("Chicago-Author-Date"));
  }

  @Test
  void theListingsAreTheProcessorsOwn() throws java.io.IOException {
    assertEquals(new java.util.TreeSet<>(de.undercouch.citeproc.CSL.getSupportedStyles()), CslCatalog.styles());
    assertEquals(new java.util.TreeSet<>(de.undercouch.citeproc.CSL.getSupportedLocales()), CslCatalog.locales());
  }

  @Test
  void aLanguageFindsItsLocaleWhateverTheCaseOfItsSubtags() {
    assertEquals(Optional.of("en-US"), CslCatalog.localeFor("en"));
    assertEquals(Optional.of("en-GB"), CslCatalog.localeFor("en-gb"));
    assertEquals(Optional.of("sr-Latn-RS"), CslCatalog.localeFor("SR-latn-rs"));
    assertEquals(Optional.of("fa-IR"), CslCatalog.localeFor("fa"));
    assertEquals(Optional.of("eu"), CslCatalog.localeFor("eu"));
    assertEquals(Optional.empty(), CslCatalog.localeFor("xx"));
    assertEquals(Optional.empty(), CslCatalog.localeFor("../en-US"));
    for (String l : CslCatalog.locales()) {
      assertEquals(Optional.of(l), CslCatalog.localeFor(l.toLowerCase(java.util.Locale.ROOT)), l);
    }
  }
}
