package org.apparatus.diagnostic;

/** A place in a source file: a path relative to the project, 1-based line and column. */
public record SourcePos(String path, int line, int column) {
  public SourcePos {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("path is required");
    }
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  public static SourcePos fileStart(String path) {
    return new SourcePos(path, 1, 1);
  }

  @Override
  public String toString() {
    return path + ":" + line + ":" + column;
  }
}
