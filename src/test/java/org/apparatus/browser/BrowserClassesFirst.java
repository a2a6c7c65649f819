package org.apparatus.browser;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Starts the classes that drive the browser before all others (then each group by name). They hold one lock and so
 * run one after another, the longest chain of the suite; started first, they run beside the other classes instead
 * of after them.
 */
public final class BrowserClassesFirst implements ClassOrderer {
  @Override
  public void orderClasses(ClassOrdererContext context) {
    context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor d) -> !Chromium.lockedBy(d.getTestClass()))
        .thenComparing(d -> d.getTestClass().getName()));
  }
}
