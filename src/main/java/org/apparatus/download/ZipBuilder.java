package org.apparatus.download;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP written in memory with nothing that varies between builds: every entry carries the same
 * local timestamp (no extended time fields), and no permissions or comments are written. Entries
 * appear in the order they are added; callers add them sorted.
 */
final class ZipBuilder {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ZipOutputStream zip = new ZipOutputStream(bytes);
  private final FixedTime time;

  ZipBuilder(FixedTime time) {
    this.time = time;
  }

  /** Adds a compressed entry. */
  ZipBuilder add(String name, byte[] data) {
    return put(entry(name), data);
  }

  /** Adds an uncompressed entry, as the EPUB's {@code mimetype} must be. */
  ZipBuilder addStored(String name, byte[] data) {
    ZipEntry e = entry(name);
    CRC32 crc = new CRC32();
    crc.update(data);
    e.setMethod(ZipEntry.STORED);
    e.setSize(data.length);
    e.setCompressedSize(data.length);
    e.setCrc(crc.getValue());
    return put(e, data);
  }

  byte[] finish() {
    try {
      zip.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private ZipEntry entry(String name) {
    ZipEntry e = new ZipEntry(name);
    // setTimeLocal stores the DOS date as given, independent of the machine's time zone
    e.setTimeLocal(time.local());
    return e;
  }

  private ZipBuilder put(ZipEntry e, byte[] data) {
    try {
      zip.putNextEntry(e);
      zip.write(data);
      zip.closeEntry();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return this;
  }
}
