package org.apparatus.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads YAML headers with positions, and checks keys against what each kind of file allows. */
public final class FrontMatterReader {
  private static final String FENCE = "---";

  private FrontMatterReader() {}

  /** Reads the {@code ---} header of a Markdown file; a file without one has empty front matter. */
  public static FrontMatter readHeader(SourceFile file, Set<String> allowed, Diagnostics diagnostics) {
    return readHeader(file, allowed, Map.of(), diagnostics);
  }

  /**
   * As {@link #readHeader(SourceFile, Set, Diagnostics)}, where each key of {@code nested} takes a list of mappings
   * whose keys must be among the ones given for it.
   */
  public static FrontMatter readHeader(SourceFile file, Set<String> allowed, Map<String, Set<String>> nested,
      Diagnostics diagnostics) {
    String content = file.content();
    if (!content.startsWith(FENCE + "\n") && !content.startsWith(FENCE + "\r\n")) {
      return new FrontMatter(Map.of(), file.start(), 0, false);
    }
    int yamlStart = content.indexOf('\n') + 1;
    int close = findClosingFence(content, yamlStart);
    if (close < 0) {
      diagnostics.error(Code.BAD_FRONT_MATTER, file.start(),
          "front matter opened with `---` is never closed",
          "end the YAML header with a line containing only `---`");
      return new FrontMatter(Map.of(), file.start(), content.length(), true);
    }
    int afterFence = content.indexOf('\n', close + 1);
    int bodyOffset = afterFence < 0 ? content.length() : afterFence + 1;
    String yaml = content.substring(yamlStart, close);
    boolean[] broken = {false};
    Set<String> misspelt = new HashSet<>();
    Map<String, FrontMatter.Field> fields = parse(file, yaml, yamlStart, allowed, nested, diagnostics, broken, misspelt);
    return new FrontMatter(fields, file.start(), bodyOffset, broken[0], misspelt);
  }

  /** Reads a whole YAML file as one mapping. */
  public static FrontMatter readYaml(SourceFile file, Set<String> allowed, Diagnostics diagnostics) {
    boolean[] broken = {false};
    Set<String> misspelt = new HashSet<>();
    Map<String, FrontMatter.Field> fields = parse(file, file.content(), 0, allowed, Map.of(), diagnostics, broken, misspelt);
    return new FrontMatter(fields, file.start(), 0, broken[0], misspelt);
  }

  private static int findClosingFence(String content, int from) {
    int lineStart = from;
    while (lineStart < content.length()) {
      int lineEnd = content.indexOf('\n', lineStart);
      String line = content.substring(lineStart, lineEnd < 0 ? content.length() : lineEnd).strip();
      if (line.equals(FENCE)) {
        return lineStart == from ? lineStart : lineStart - 1;
      }
      if (lineEnd < 0) {
        return -1;
      }
      lineStart = lineEnd + 1;
    }
    return -1;
  }

  private static Map<String, FrontMatter.Field> parse(
      SourceFile file, String yaml, int offset, Set<String> allowed, Map<String, Set<String>> nested,
      Diagnostics diagnostics, boolean[] broken, Set<String> misspelt) {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      root = new Yaml(options).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      SourcePos pos = mark == null ? file.start() : posIn(file, offset, mark);
      String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
      diagnostics.error(Code.BAD_FRONT_MATTER, pos, "invalid YAML: " + problem.strip(),
          "check indentation, and quote values that contain `: `, `#` or start with a quote or `*`");
      broken[0] = true;
      return Map.of();
    } catch (RuntimeException e) {
      diagnostics.error(Code.BAD_FRONT_MATTER, file.start(), "invalid YAML: " + e.getMessage(),
          "check the YAML syntax");
      broken[0] = true;
      return Map.of();
    }
    if (root == null) {
      return Map.of();
    }
    if (!(root instanceof MappingNode mapping)) {
      diagnostics.error(Code.BAD_FRONT_MATTER, posIn(file, offset, root.getStartMark()),
          "front matter must be a mapping of `key: value` lines", "write one `key: value` per line");
      return Map.of();
    }
    return fields(file, offset, mapping, allowed, nested, diagnostics, misspelt);
  }

  private static Map<String, FrontMatter.Field> fields(SourceFile file, int offset, MappingNode mapping, Set<String> allowed,
      Map<String, Set<String>> nested, Diagnostics diagnostics, Set<String> misspelt) {
    Map<String, FrontMatter.Field> fields = new LinkedHashMap<>();
    Map<String, SourcePos> seen = new java.util.HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        continue;
      }
      String key = keyNode.getValue();
      SourcePos keyPos = posIn(file, offset, keyNode.getStartMark());
      // The YAML loader's duplicate-key check does not apply to composed node trees, so it is done here.
      SourcePos first = seen.putIfAbsent(key, keyPos);
      if (first != null) {
        diagnostics.error(Code.BAD_FRONT_MATTER, keyPos, "key `" + key + "` is given twice (first at line " + first.line() + ")",
            "keep one `" + key + ":` line; a second one would silently replace the first");
        continue;
      }
      SourcePos valuePos = posIn(file, offset, tuple.getValueNode().getStartMark());
      if (!allowed.contains(key)) {
        misspelt.addAll(org.apparatus.diagnostic.DidYouMean.candidates(key, allowed));
        diagnostics.error(Code.UNKNOWN_KEY, keyPos, "unknown key `" + key + "`", org.apparatus.diagnostic.DidYouMean.hint(key,
            allowed, "allowed keys here: " + String.join(", ", allowed.stream().sorted().toList())));
        continue;
      }
      Node value = tuple.getValueNode();
      if (nested.containsKey(key) && value instanceof SequenceNode sequence) {
        fields.put(key, records(file, offset, key, sequence, keyPos, valuePos, nested.get(key), diagnostics));
      } else if (value instanceof ScalarNode scalar) {
        fields.put(key, new FrontMatter.Field(key, scalar.getValue(), null, keyPos, valuePos));
      } else if (value instanceof SequenceNode sequence) {
        List<String> items = new ArrayList<>();
        List<SourcePos> positions = new ArrayList<>();
        for (Node item : sequence.getValue()) {
          if (item instanceof ScalarNode s) {
            items.add(s.getValue());
            positions.add(posIn(file, offset, s.getStartMark()));
          } else {
            diagnostics.error(Code.BAD_VALUE, posIn(file, offset, item.getStartMark()),
                "list items of `" + key + "` must be plain values", "write `- value` items");
          }
        }
        fields.put(key, new FrontMatter.Field(key, null, Collections.unmodifiableList(items), List.copyOf(positions), null,
            keyPos, valuePos));
      } else {
        diagnostics.error(Code.BAD_VALUE, valuePos, "`" + key + "` must be a value or a list",
            "nested mappings are not supported here");
      }
    }
    return Collections.unmodifiableMap(fields);
  }

  /** A list of mappings, each read as a small header of its own with the keys {@code allowed} for it. */
  private static FrontMatter.Field records(SourceFile file, int offset, String key, SequenceNode sequence, SourcePos keyPos,
      SourcePos valuePos, Set<String> allowed, Diagnostics diagnostics) {
    List<FrontMatter> records = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      SourcePos itemPos = posIn(file, offset, item.getStartMark());
      if (item instanceof MappingNode m) {
        Set<String> misspelt = new HashSet<>();
        records.add(new FrontMatter(fields(file, offset, m, allowed, Map.of(), diagnostics, misspelt), itemPos, 0, false, misspelt));
      } else {
        diagnostics.error(Code.BAD_VALUE, itemPos, "items of `" + key + "` must be mappings of `key: value` lines",
            "write each item as `- " + allowed.stream().sorted().findFirst().orElse("key") + ": ...` with the keys: "
                + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
    return new FrontMatter.Field(key, null, null, null, List.copyOf(records), keyPos, valuePos);
  }

  private static SourcePos posIn(SourceFile file, int offset, Mark mark) {
    return file.posAt(offset + mark.getIndex());
  }
}
