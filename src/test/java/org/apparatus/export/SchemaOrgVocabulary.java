package org.apparatus.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The schema.org types and the properties each may carry, read from the type definitions that
 * the schema-dts package generates from the published vocabulary (see src/test/resources/jsonld/README.md).
 */
final class SchemaOrgVocabulary {
  private static final Pattern BASE = Pattern.compile("^interface (\\w+)Base extends (.+) \\{$");
  private static final Pattern LEAF = Pattern.compile("^export interface (\\w+)Leaf extends (\\w+)Base \\{$");
  private static final Pattern PROPERTY = Pattern.compile("^\\s+\"(\\w+)\"\\?:");
  private static final Pattern PARENT = Pattern.compile("(\\w+)Base");

  private final Map<String, List<String>> parents = new HashMap<>();
  private final Map<String, Set<String>> declared = new HashMap<>();
  private final Map<String, String> baseOfType = new HashMap<>();

  SchemaOrgVocabulary(Path gzippedDefinitions) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(gzippedDefinitions)), StandardCharsets.UTF_8))) {
      String current = null;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        Matcher base = BASE.matcher(line);
        Matcher leaf = LEAF.matcher(line);
        Matcher property = PROPERTY.matcher(line);
        if (base.matches()) {
          current = base.group(1);
          Matcher p = PARENT.matcher(base.group(2));
          List<String> ps = new java.util.ArrayList<>();
          while (p.find()) {
            ps.add(p.group(1));
          }
          parents.put(current, ps);
          declared.putIfAbsent(current, new HashSet<>());
        } else if (leaf.matches()) {
          baseOfType.put(leaf.group(1), leaf.group(2));
          current = null;
        } else if (line.equals("}")) {
          current = null;
        } else if (current != null && property.find()) {
          declared.get(current).add(property.group(1));
        }
      }
    }
  }

  boolean isType(String type) {
    return baseOfType.containsKey(type);
  }

  /** The properties a node of {@code type} may have: its own and those of every supertype. */
  Set<String> propertiesOf(String type) {
    Set<String> all = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(baseOfType.getOrDefault(type, "")));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String t = todo.pop();
      if (seen.add(t) && declared.containsKey(t)) {
        all.addAll(declared.get(t));
        todo.addAll(parents.getOrDefault(t, List.of()));
      }
    }
    return all;
  }
}
