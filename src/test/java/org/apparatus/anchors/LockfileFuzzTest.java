package org.apparatus.anchors;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.load.SourceFile;

/**
 * Fuzz target: any anchors.lock is read or reported, never an exception. Regression inputs:
 * src/test/resources/org/apparatus/anchors/LockfileFuzzTestInputs/.
 */
class LockfileFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void anyLockfileIsReadOrReported(byte[] data) {
    SourceFile file = new SourceFile("content/anchors.lock", new String(data, StandardCharsets.UTF_8).replace("\r\n", "\n"));
    assertNotNull(LockfileReader.read(file, new Diagnostics()));
  }
}
