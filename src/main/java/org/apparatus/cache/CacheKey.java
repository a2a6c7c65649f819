package org.apparatus.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 hash of the parts that decide one cached result. Each part is hashed with its length, so that no two
 * different lists of parts give the same bytes.
 */
public final class CacheKey {
  private final MessageDigest digest;

  private CacheKey(String kind) {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
    add(kind);
  }

  /** A key for a result of {@code kind}, e.g. "reference"; keys of different kinds never meet. */
  public static CacheKey of(String kind) {
    return new CacheKey(kind);
  }

  public CacheKey add(String part) {
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    addLength(bytes.length);
    digest.update(bytes);
    return this;
  }

  public CacheKey add(byte[] part) {
    addLength(part.length);
    digest.update(part);
    return this;
  }

  public CacheKey add(boolean part) {
    return add(part ? "true" : "false");
  }

  private void addLength(int n) {
    digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
  }

  /** The key as 64 hex digits; the key cannot be added to afterwards. */
  public String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
