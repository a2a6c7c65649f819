package org.apparatus.load;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apparatus.diagnostic.SourcePos;

/** The decoded content of one source file, addressed by its path relative to the project root. */
public final class SourceFile {
  private final String path;
  private final String content;
  private final int[] lineStarts;

  public SourceFile(String path, String content) {
    this.path = path;
    this.content = content;
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < content.length(); i++) {
      if (content.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  public String path() {
    return path;
  }

  public String content() {
    return content;
  }

  public List<String> lines() {
    return content.lines().toList();
  }

  /** The line and column of a 0-based character offset into {@link #content()}. */
  public SourcePos posAt(int offset) {
    int end = Math.max(0, Math.min(offset, content.length()));
    int found = Arrays.binarySearch(lineStarts, end);
    int line = found >= 0 ? found : -found - 2;
    return new SourcePos(path, line + 1, end - lineStarts[line] + 1);
  }

  /** The 0-based character offset of a position in this file (the inverse of {@link #posAt(int)}). */
  public int offsetOf(SourcePos pos) {
    int line = Math.min(pos.line(), lineStarts.length) - 1;
    return Math.min(content.length(), lineStarts[line] + pos.column() - 1);
  }

  public SourcePos start() {
    return SourcePos.fileStart(path);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceFile other && path.equals(other.path) && content.equals(other.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, content);
  }

  @Override
  public String toString() {
    return "SourceFile[" + path + "]";
  }
}
