package org.apparatus.anchors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.load.SourceFile;
import org.junit.jupiter.api.Test;

class LockfileTest {
  private static final String LINES = """
      # comment

      a/index.html#p1 paragraph fp=0123456789ab since=1.1.0 was=1.0.0:aaaaaaaaaaaa label="A ¶1" excerpt="Say \\"hi\\" \\\\ there"
      a/index.html#p2 paragraph fp=0123456789ac since=1.0.0 moved=1.1.0 to=b/index.html#p9 label="A ¶2" excerpt=""
      a/index.html#p3 list-item fp=0123456789ad since=1.0.0 retired=1.2.0 reason="Gone, for good." label="A, item 3" excerpt="x"
      """;

  private static Lockfile read(String text, Diagnostics diagnostics) {
    return LockfileReader.read(new SourceFile("content/anchors.lock", text), diagnostics);
  }

  @Test
  void readsEveryFieldAndWritesTheSameLinesBack() {
    Diagnostics diagnostics = new Diagnostics();
    Lockfile lock = read(LINES, diagnostics);
    assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted()::toString);
    assertTrue(lock.readable());
    List<LockEntry> entries = lock.entries();
    assertEquals(3, entries.size());
    LockEntry first = entries.get(0);
    assertEquals(new AnchorRef("a/index.html", "p1"), first.ref());
    assertEquals(List.of(new LockEntry.State("1.0.0", "aaaaaaaaaaaa")), first.history());
    assertEquals("Say \"hi\" \\ there", first.excerpt());
    assertEquals(3, first.pos().line());
    LockEntry.Moved moved = (LockEntry.Moved) entries.get(1).status();
    assertEquals(new AnchorRef("b/index.html", "p9"), moved.to());
    assertEquals("1.1.0", moved.version());
    LockEntry.Retired retired = (LockEntry.Retired) entries.get(2).status();
    assertEquals("Gone, for good.", retired.reason());
    assertEquals(AnchorKind.LIST_ITEM, entries.get(2).kind());

    String written = LockfileWriter.format(entries);
    assertTrue(written.endsWith(LINES.substring(LINES.indexOf("a/index.html#p1"))), written);
    assertEquals(entries.stream().map(LockfileWriter::line).toList(),
        read(written, new Diagnostics()).entries().stream().map(LockfileWriter::line).toList());
  }

  @Test
  void aChangeIsRecordedOnlyAcrossVersions() {
    LockEntry entry = read(LINES, new Diagnostics()).entries().get(0);
    Anchor changed = new Anchor(entry.ref(), AnchorKind.PARAGRAPH, "A ¶1", "ffffffffffff", "new words");
    LockEntry sameVersion = entry.updatedTo(changed, "1.1.0");
    assertEquals("ffffffffffff", sameVersion.fingerprint());
    assertEquals(entry.history(), sameVersion.history(), "no published version had the replaced fingerprint");
    LockEntry nextVersion = entry.updatedTo(changed, "1.2.0");
    assertEquals("1.2.0", nextVersion.since());
    assertEquals(List.of(new LockEntry.State("1.0.0", "aaaaaaaaaaaa"), new LockEntry.State("1.1.0", "0123456789ab")),
        nextVersion.history());
  }

  @Test
  void unreadableLinesAreErrorsAtTheirColumn() {
    Diagnostics diagnostics = new Diagnostics();
    Lockfile lock = read("a/index.html#p1 paragraph fp=XYZ since=1.0.0\nno-fragment.html paragraph\n", diagnostics);
    assertFalse(lock.readable());
    assertEquals(List.of(
        "content/anchors.lock:1:30: error[ANCHOR_LOCK_SYNTAX]: `XYZ` is not a fingerprint (12 to 64 lowercase hex digits)",
        "content/anchors.lock:2:1: error[ANCHOR_LOCK_SYNTAX]: `no-fragment.html` is not an anchor of the form `<page>.html#<fragment>`"),
        diagnostics.sorted().stream().map(d -> d.headline()).toList());
  }

  @Test
  void versionsOrderByTheirNumbers() {
    List<String> versions = new java.util.ArrayList<>(List.of("1.10.0", "1.2.0", "1.2", "0.9.1", "2.0.0"));
    versions.sort(VersionOrder.INSTANCE);
    assertEquals(List.of("0.9.1", "1.2", "1.2.0", "1.10.0", "2.0.0"), versions);
  }
}
