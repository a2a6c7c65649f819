package org.apparatus.anchors;

import java.math.BigInteger;
import java.util.Comparator;

/** Orders edition versions part by part, numbers numerically: 1.2.0 < 1.10.0. */
final class VersionOrder implements Comparator<String> {
  static final VersionOrder INSTANCE = new VersionOrder();

  private VersionOrder() {}

  @Override
  public int compare(String a, String b) {
    String[] x = a.split("[.+_-]");
    String[] y = b.split("[.+_-]");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = x[i].matches("\\d+") && y[i].matches("\\d+")
          ? new BigInteger(x[i]).compareTo(new BigInteger(y[i]))
          : x[i].compareTo(y[i]);
      if (c != 0) {
        return c;
      }
    }
    return x.length != y.length ? Integer.compare(x.length, y.length) : a.compareTo(b);
  }
}
