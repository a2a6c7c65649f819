package org.apparatus.edition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables {@link BundledEdition} checks only while {@code content/} holds the bundled edition's texts. */
public final class BundledEditionCondition implements ExecutionCondition {
  /** The texts the bundled edition's checks are about; a fork that replaced them has a different edition. */
  static final List<String> TEXTS = List.of("movahedian", "afrasiabi");

  public static boolean present(Path project) {
    return TEXTS.stream().allMatch(id -> Files.isRegularFile(project.resolve("content/texts/" + id + ".md")));
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Path project = Path.of("").toAbsolutePath();
    return present(project)
        ? ConditionEvaluationResult.enabled("content/ holds the bundled edition")
        : ConditionEvaluationResult.disabled("content/ is not the bundled edition (no content/texts/" + String.join(".md, ", TEXTS)
            + ".md): its own checks are skipped");
  }
}
