package org.apparatus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonNameTest {
  @Test
  void readsTheThreeWaysOfWritingAName() {
    assertEquals(new PersonName("Newcomer", "Ann", ""), PersonName.parse("Newcomer, Ann"));
    assertEquals(new PersonName("Newcomer", "A.", ""), PersonName.parse("A. Newcomer"));
    PersonName group = PersonName.parse("{The Apparatus editors}");
    assertTrue(group.isLiteral());
    assertEquals("The Apparatus editors", group.display());
    assertEquals("The Apparatus editors", group.shortForm());
    assertEquals("Ann Newcomer", PersonName.parse("Newcomer, Ann").display());
    assertTrue(PersonName.parse("Homer").isLiteral());
  }
}
