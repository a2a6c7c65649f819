package org.apparatus.parallel;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Independent work of a stage spread over the machine's cores: every item is mapped on its own and the results
 * come back in the items' order, so what a build writes does not depend on how the work was shared out. A function
 * given here may read what is shared (the model, the plan, the pages of other items) but change only what belongs to
 * its own item; anything it reports goes to a thread-safe sink such as the build's diagnostics.
 *
 * <p>The work runs in the fork-join pool of the calling thread (the common pool, unless the caller runs inside a pool
 * of its own): a build run inside a one-thread pool maps its items one after another.
 */
public final class Parallel {
  private Parallel() {}

  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
    if (items.size() < 2) {
      return items.stream().<R>map(function).toList();
    }
    return items.parallelStream().<R>map(function).toList();
  }

  /** Does {@code action} to every item, each changing only what belongs to its own item. */
  public static <T> void forEach(List<T> items, Consumer<? super T> action) {
    if (items.size() < 2) {
      items.forEach(action);
    } else {
      items.parallelStream().forEach(action);
    }
  }
}
