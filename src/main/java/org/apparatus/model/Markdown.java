package org.apparatus.model;

import com.vladsch.flexmark.util.ast.Document;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.load.SourceFile;

/**
 * A parsed Markdown body and where it came from. The flexmark tree is only read after parsing;
 * {@link #posAt(int)} turns a node's offset into a position in the source file.
 */
public record Markdown(SourceFile file, int bodyOffset, Document document) {

  public SourcePos posAt(int offsetInBody) {
    return file.posAt(bodyOffset + offsetInBody);
  }

  /** A key for an inline node that stays valid across stages: file and offset. */
  public NodeKey keyAt(int offsetInBody) {
    return new NodeKey(file.path(), bodyOffset + offsetInBody);
  }
}
