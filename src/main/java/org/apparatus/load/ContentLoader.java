package org.apparatus.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;

/** Reads the files of a content directory as UTF-8, reporting unreadable ones. */
public final class ContentLoader {
  private final Path projectRoot;
  private final Diagnostics diagnostics;
  private final List<SourceFile> loaded = new ArrayList<>();
  private RootGuard guard;

  public ContentLoader(Path projectRoot, Diagnostics diagnostics) {
    this.projectRoot = projectRoot.toAbsolutePath().normalize();
    this.diagnostics = diagnostics;
  }

  /** Reads the whole content directory: edition.yaml, texts, notes, glossary, references, pages. */
  public ContentSet load(Path contentDir) {
    if (!Files.isDirectory(contentDir)) {
      diagnostics.error(Code.MISSING_FILE, SourcePos.fileStart(relative(contentDir)), "content directory not found",
          "run from the project root or pass --content <dir>");
      return new ContentSet(Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
    guard = new RootGuard(contentDir, "the content directory", this::relative, diagnostics);
    guard.checkTree();
    Path editionYaml = contentDir.resolve("edition.yaml");
    Optional<SourceFile> edition = Optional.empty();
    if (Files.isRegularFile(editionYaml) || Files.isSymbolicLink(editionYaml)) {
      edition = read(editionYaml);
    } else {
      diagnostics.error(Code.MISSING_FILE, SourcePos.fileStart(relative(editionYaml)), "edition.yaml not found",
          "create content/edition.yaml with at least `title:`, `version:` and `date:`");
    }
    List<ContentSet.NoteFile> notes = new ArrayList<>();
    for (SourceFile stray : readAll(contentDir.resolve("notes"), ".md")) {
      diagnostics.error(Code.NOTE_OUTSIDE_TEXT, SourcePos.fileStart(stray.path()), "a note must sit in the folder of the text it annotates",
          "move it to content/notes/<text-id>/, e.g. content/notes/" + "<text-id>/" + stray.path().substring(stray.path().lastIndexOf('/') + 1));
    }
    for (Path dir : subdirectories(contentDir.resolve("notes"))) {
      String textId = dir.getFileName().toString();
      for (SourceFile f : readAll(dir, ".md")) {
        notes.add(new ContentSet.NoteFile(textId, f));
      }
    }
    List<ContentSet.NoteFile> variants = new ArrayList<>();
    for (SourceFile stray : readAll(contentDir.resolve("variants"), ".md")) {
      diagnostics.error(Code.NOTE_OUTSIDE_TEXT, SourcePos.fileStart(stray.path()), "a variant entry must sit in the folder of its text",
          "move it to content/variants/<text-id>/, e.g. content/variants/<text-id>/" + stray.path().substring(stray.path().lastIndexOf('/') + 1));
    }
    for (Path dir : subdirectories(contentDir.resolve("variants"))) {
      String textId = dir.getFileName().toString();
      for (SourceFile f : readAll(dir, ".md")) {
        variants.add(new ContentSet.NoteFile(textId, f));
      }
    }
    return new ContentSet(edition,
        readAll(contentDir.resolve("texts"), ".md"),
        List.copyOf(notes),
        readAll(contentDir.resolve("glossary"), ".md"),
        readAll(contentDir.resolve("references"), ".bib"),
        readAll(contentDir.resolve("pages"), ".md"),
        concat(readAll(contentDir, ".csl"), readAll(contentDir.resolve("styles"), ".csl")),
        List.copyOf(variants));
  }

  private static List<SourceFile> concat(List<SourceFile> a, List<SourceFile> b) {
    List<SourceFile> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /** Every file read so far, for printing source lines under diagnostics. */
  public List<SourceFile> loaded() {
    return List.copyOf(loaded);
  }

  /** The files with the given extension directly inside {@code dir}, sorted by name. */
  public List<SourceFile> readAll(Path dir, String extension) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(extension) && (Files.isRegularFile(p) || Files.isSymbolicLink(p)))
          .sorted()
          .map(this::read)
          .flatMap(Optional::stream)
          .toList();
    } catch (IOException e) {
      diagnostics.error(Code.IO_ERROR, SourcePos.fileStart(relative(dir)), "cannot list directory: " + e.getMessage(), "");
      return List.of();
    }
  }

  /** The sub-directories of {@code dir}, sorted by name. */
  public List<Path> subdirectories(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isDirectory).filter(d -> guard == null || guard.allows(d)).sorted().toList();
    } catch (IOException e) {
      diagnostics.error(Code.IO_ERROR, SourcePos.fileStart(relative(dir)), "cannot list directory: " + e.getMessage(), "");
      return List.of();
    }
  }

  public Optional<SourceFile> read(Path file) {
    String rel = relative(file);
    if (guard != null && !guard.allows(file)) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      diagnostics.error(Code.IO_ERROR, SourcePos.fileStart(rel), "cannot read file: " + e.getMessage(), "");
      return Optional.empty();
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      SourceFile source = new SourceFile(rel, text.replace("\r\n", "\n"));
      loaded.add(source);
      return Optional.of(source);
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes);
      SourceFile prefix = new SourceFile(rel, new String(bytes, 0, bad, StandardCharsets.UTF_8));
      diagnostics.error(Code.NOT_UTF8, prefix.posAt(bad),
          String.format("file is not valid UTF-8 (byte 0x%02X at offset %d)", bytes[bad] & 0xff, bad),
          "re-save the file as UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8`");
      return Optional.empty();
    }
  }

  public String relative(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path rel = abs.startsWith(projectRoot) ? projectRoot.relativize(abs) : abs;
    return rel.toString().replace('\\', '/');
  }

  private static int firstInvalidUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return Math.min(in.position(), bytes.length - 1);
  }
}
