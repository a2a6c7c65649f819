package org.apparatus.parallel;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Independent work of a stage spread over the machine's cores: every item is mapped on its own and the results
 * come back in the items' order, so what a build writes does not depend on how the work was shared out. A function
 * given here may read what is shared (the model, the plan, the pages of other items) but change only what belongs to
 * its own item; anything it reports goes to a thread-safe sink such as the build's diagnostics.
 *
 * <p>The work runs in the common fork-join pool, with the calling thread taking part. A caller that is a worker of
 * another fork-join pool (a test runner's, a host application's) hands the work to a pool of Apparatus's own, one
 * thread per core, and waits for the result without lending its thread: a pool's worker that joined the work could
 * otherwise be handed that pool's other tasks in the middle of a build. {@link #inSequence} runs a whole build with
 * every item mapped one after another on the calling thread.
 */
public final class Parallel {
  private static final ThreadLocal<Boolean> IN_SEQUENCE = ThreadLocal.withInitial(() -> false);

  private Parallel() {}

  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
    if (items.size() < 2 || IN_SEQUENCE.get()) {
      return items.stream().<R>map(function).toList();
    }
    return inPool(() -> items.parallelStream().<R>map(function).toList());
  }

  /** Does {@code action} to every item, each changing only what belongs to its own item. */
  public static <T> void forEach(List<T> items, Consumer<? super T> action) {
    map(items, item -> {
      action.accept(item);
      return null;
    });
  }

  /** What {@code work} returns when every item of every stage in it is mapped one after another, on this thread. */
  public static <T> T inSequence(Supplier<T> work) {
    boolean before = IN_SEQUENCE.get();
    IN_SEQUENCE.set(true);
    try {
      return work.get();
    } finally {
      IN_SEQUENCE.set(before);
    }
  }

  /** Made only when a build is called from another fork-join pool. */
  private static final class OwnPool {
    static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
  }

  private static <T> T inPool(Supplier<T> work) {
    ForkJoinPool current = ForkJoinTask.getPool();
    if (current == null || current == ForkJoinPool.commonPool() || current == OwnPool.POOL) {
      return work.get();
    }
    try {
      return CompletableFuture.supplyAsync(work, OwnPool.POOL).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }
}
