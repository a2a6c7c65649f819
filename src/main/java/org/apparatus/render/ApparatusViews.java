package org.apparatus.render;

import java.util.ArrayList;
import java.util.List;
import org.apparatus.model.Reading;
import org.apparatus.model.Text;
import org.apparatus.model.Variant;
import org.apparatus.plan.SitePlan;
import org.apparatus.resolve.ResolvedEdition;
import org.apparatus.resolve.VariantPlacement;

/** The list of witnesses and the apparatus criticus of a text page, as read-only views. */
final class ApparatusViews {
  private final ResolvedEdition resolved;
  private final SitePlan plan;
  private final MarkdownRenderer markdown;

  ApparatusViews(ResolvedEdition resolved, SitePlan plan, MarkdownRenderer markdown) {
    this.resolved = resolved;
    this.plan = plan;
    this.markdown = markdown;
  }

  List<Views.Witness> witnesses(Text text, String path) {
    return text.witnesses().stream().map(w -> new Views.Witness(w.siglum(), w.description(), w.date(),
        w.reference().map(key -> resolved.targets().get("ref:" + key)).filter(t -> t != null && plan.has(t.owner()))
            .map(t -> new Views.Link(plan.href(path, t.owner(), t.fragment()), t.label())).orElse(null))).toList();
  }

  /** The entries whose lemma was found, in reading order. */
  List<Views.ApparatusEntry> entries(Text text, String path) {
    List<Views.ApparatusEntry> entries = new ArrayList<>();
    for (VariantPlacement p : resolved.apparatusOf(text.id())) {
      Variant v = resolved.edition().variant(p.variantId()).orElseThrow();
      List<Views.VariantReading> readings = v.readings().stream().map(r -> reading(r, p.lemma())).toList();
      String comment = v.comment().document().hasChildren() ? markdown.renderInline(v.comment(), path).html() : "";
      entries.add(new Views.ApparatusEntry(v.entryAnchor(), v.lemmaAnchor(), p.locator(), p.lemma(), v.lemmaWitnesses(),
          readings, comment));
    }
    return entries;
  }

  private static Views.VariantReading reading(Reading r, String lemma) {
    String sign = switch (r.kind()) {
      case SUBSTITUTION -> "";
      case OMISSION -> "om.";
      case ADDITION -> r.placement() == Reading.Placement.AFTER ? "add." : "praem.";
      case TRANSPOSITION -> "tr.";
    };
    return new Views.VariantReading(r.kind().key(), sign, r.words(), r.witnesses(), r.witnessText(lemma));
  }
}
