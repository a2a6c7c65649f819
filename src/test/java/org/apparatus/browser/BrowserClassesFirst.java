package org.apparatus.browser;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Starts the classes that drive the browser before all others (then each group by name). They hold one lock and so
 * run one after another, the longest chain of the suite; started first, they run beside the other classes instead
 * of after them.
 */
public final class BrowserClassesFirst implements ClassOrderer {
  @Override
  public void orderClasses(ClassOrdererContext context) {
    context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor d) -> !drivesTheBrowser(d))
        .thenComparing(d -> d.getTestClass().getName()));
  }

  private static boolean drivesTheBrowser(ClassDescriptor descriptor) {
    ResourceLock lock = descriptor.getTestClass().getAnnotation(ResourceLock.class);
    return lock != null && lock.value().equals(Chromium.LOCK);
  }
}
