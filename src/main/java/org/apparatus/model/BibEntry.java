package org.apparatus.model;

import de.undercouch.citeproc.csl.CSLItemData;
import org.apparatus.diagnostic.SourcePos;

/** A reference-list entry read from BibTeX and converted to CSL item data. */
public record BibEntry(String key, CSLItemData item, SourcePos pos) {}
