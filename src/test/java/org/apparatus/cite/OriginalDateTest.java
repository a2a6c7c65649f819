package org.apparatus.cite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OriginalDateTest {
  private static OriginalDate read(String written) {
    return OriginalDate.parse(written).orElseThrow();
  }

  @Test
  void readsEveryPrecision() {
    assertArrayEquals(new int[] {1609}, read("1609").parts());
    assertArrayEquals(new int[] {1863, 11}, read("1863-11").parts());
    assertArrayEquals(new int[] {1863, 11, 19}, read("1863-11-19").parts());
    assertTrue(read("c. 1600").circa());
    assertEquals("1600~", read("c. 1600").edtf());
    assertEquals(-44, read("44 BC").parts()[0]);
    assertEquals("-0044", read("44 BC").edtf());
    assertEquals("winter 1820", read("winter 1820").literal());
    assertEquals("winter 1820", read("winter 1820").csl().getLiteral());
    assertTrue(OriginalDate.parse("  ").isEmpty());
  }
}
