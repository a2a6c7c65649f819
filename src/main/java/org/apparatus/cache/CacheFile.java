package org.apparatus.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The bytes of a cache file: a header naming the format and its version, the entries (a key and a list of strings
 * each, every string as its length and UTF-8 bytes) and a CRC-32 of all that. Reading answers empty for anything
 * that is not exactly such a file: another format, another version, a cut-off or changed file.
 */
final class CacheFile {
  /** Raised whenever what is stored changes meaning, so that files of an older build are never read. */
  static final int FORMAT_VERSION = 1;
  private static final byte[] MAGIC = "apparatus build cache\n".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_STRINGS = 1 << 20;

  private CacheFile() {}

  static byte[] write(Map<String, List<String>> entries) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.write(MAGIC);
      out.writeInt(FORMAT_VERSION);
      out.writeInt(entries.size());
      for (Map.Entry<String, List<String>> e : entries.entrySet()) {
        string(out, e.getKey());
        out.writeInt(e.getValue().size());
        for (String s : e.getValue()) {
          string(out, s);
        }
      }
      out.flush();
      CRC32 crc = new CRC32();
      crc.update(bytes.toByteArray());
      out.writeLong(crc.getValue());
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory failed", e);
    }
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  static Optional<Map<String, List<String>>> read(byte[] file) {
    if (file.length < MAGIC.length + 16) {
      return Optional.empty();
    }
    ByteBuffer in = ByteBuffer.wrap(file);
    CRC32 crc = new CRC32();
    crc.update(file, 0, file.length - 8);
    if (in.getLong(file.length - 8) != crc.getValue()) {
      return Optional.empty();
    }
    in.limit(file.length - 8);
    try {
      byte[] magic = new byte[MAGIC.length];
      in.get(magic);
      if (!java.util.Arrays.equals(magic, MAGIC) || in.getInt() != FORMAT_VERSION) {
        return Optional.empty();
      }
      int count = in.getInt();
      if (count < 0 || count > MAX_STRINGS) {
        return Optional.empty();
      }
      Map<String, List<String>> entries = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        String key = string(in);
        int n = in.getInt();
        if (n < 0 || n > MAX_STRINGS) {
          return Optional.empty();
        }
        List<String> value = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
          value.add(string(in));
        }
        entries.put(key, List.copyOf(value));
      }
      return in.hasRemaining() ? Optional.empty() : Optional.of(entries);
    } catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String string(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IllegalArgumentException("string longer than the file");
    }
    byte[] b = new byte[length];
    in.get(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
