package org.apparatus.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apparatus.diagnostic.Diagnostics;

/**
 * Fuzz target: any front matter ends in fields and diagnostics, never in an exception, and the body
 * starts inside the file. Regression inputs: src/test/resources/org/apparatus/load/FrontMatterFuzzTestInputs/.
 */
class FrontMatterFuzzTest {
  private static final Set<String> KEYS = Set.of("id", "title", "author", "tags", "quote", "occurrence", "checked");

  @FuzzTest(maxDuration = "2m")
  void anyHeaderIsReadOrReported(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8).replace("\r\n", "\n");
    SourceFile file = new SourceFile("content/texts/fuzz.md", text);
    FrontMatter header = FrontMatterReader.readHeader(file, KEYS, new Diagnostics());
    assertTrue(header.bodyOffset() >= 0 && header.bodyOffset() <= text.length(), "body offset " + header.bodyOffset());
    FrontMatterReader.readYaml(file, KEYS, new Diagnostics());
  }
}
