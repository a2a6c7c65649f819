package org.apparatus.model;

/**
 * A name as citations need it: a person's family and given names, or a literal name (an organisation, a group, a
 * name that must not be split). Written as {@code Family, Given}, as {@code Given Family} (split at the last
 * word), or in braces, {@code {The Editors}}, for a literal; a single word is literal.
 */
public record PersonName(String family, String given, String literal) {
  public PersonName {
    family = family == null ? "" : family.strip();
    given = given == null ? "" : given.strip();
    literal = literal == null ? "" : literal.strip();
  }

  public static PersonName parse(String written) {
    String s = written == null ? "" : written.strip();
    if (s.startsWith("{") && s.endsWith("}")) {
      return literal(s.substring(1, s.length() - 1));
    }
    int comma = s.indexOf(',');
    if (comma > 0 && comma < s.length() - 1) {
      return new PersonName(s.substring(0, comma), s.substring(comma + 1), "");
    }
    int space = s.lastIndexOf(' ');
    if (space <= 0) {
      return literal(s);
    }
    return new PersonName(s.substring(space + 1), s.substring(0, space), "");
  }

  public static PersonName literal(String name) {
    return new PersonName("", "", name);
  }

  public boolean isLiteral() {
    return !literal.isEmpty() || family.isEmpty();
  }

  /** The name as printed in running text: {@code Given Family} or the literal. */
  public String display() {
    return isLiteral() ? (literal.isEmpty() ? given : literal) : (given.isEmpty() ? family : given + " " + family);
  }

  /** The short form used in labels: the family name, or the whole literal. */
  public String shortForm() {
    return isLiteral() ? display() : family;
  }
}
