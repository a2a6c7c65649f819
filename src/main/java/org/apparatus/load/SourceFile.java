package org.apparatus.load;

import java.util.List;
import org.apparatus.diagnostic.SourcePos;

/** The decoded content of one source file, addressed by its path relative to the project root. */
public record SourceFile(String path, String content) {

  public List<String> lines() {
    return content.lines().toList();
  }

  /** The line and column of a 0-based character offset into {@link #content()}. */
  public SourcePos posAt(int offset) {
    int line = 1;
    int lineStart = 0;
    int end = Math.max(0, Math.min(offset, content.length()));
    for (int i = 0; i < end; i++) {
      if (content.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourcePos(path, line, end - lineStart + 1);
  }

  public SourcePos start() {
    return SourcePos.fileStart(path);
  }
}
