package org.apparatus.export.tei;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.export.SiteUrls;
import org.apparatus.model.Block;
import org.apparatus.model.BlockKind;
import org.apparatus.model.Text;
import org.apparatus.plan.SitePlan;
import org.apparatus.resolve.ResolvedEdition;

/**
 * What the writers of one text's TEI file share: the XML being written, its ids, where relative addresses
 * start from, and what the text has used so far (terms, works cited) for the back matter to list.
 */
final class TeiState {
  final TeiXml xml;
  final XmlIds ids = new XmlIds();
  final ResolvedEdition resolved;
  final SitePlan plan;
  final Text text;
  final SiteUrls urls;
  final Map<String, Block> footnotes = new HashMap<>();
  final Set<String> footnotesWritten = new HashSet<>();
  final Set<String> notesStarted = new HashSet<>();
  final Set<String> variantsWritten = new HashSet<>();
  final Set<String> termsUsed = new LinkedHashSet<>();
  final Set<String> keysCited = new LinkedHashSet<>();
  /** Where the content being written comes from, for the warning about a character XML cannot hold. */
  SourcePos source;

  TeiState(ResolvedEdition resolved, SitePlan plan, Text text, SiteUrls urls, DroppedCharacters dropped) {
    this.resolved = resolved;
    this.plan = plan;
    this.text = text;
    this.urls = urls;
    this.source = text.pos();
    this.xml = new TeiXml(c -> dropped.report(source, c));
    text.blocks().stream().filter(b -> b.kind() == BlockKind.FOOTNOTE).forEach(b -> footnotes.put(b.anchor(), b));
  }
}
