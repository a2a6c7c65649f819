package org.apparatus.serve;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs builds one at a time on a thread of its own. A change schedules a build once no further
 * change has arrived for the quiet period, so saving several files, or an editor's write-then-rename,
 * costs one build. A change during a build schedules another after it.
 */
final class RebuildLoop implements AutoCloseable {
  private static final long FINISH_SECONDS = 30;
  private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, r -> {
    Thread t = new Thread(r, "apparatus-rebuild");
    t.setDaemon(true);
    return t;
  });
  private final Duration quiet;
  private final Runnable build;
  private ScheduledFuture<?> pending;

  RebuildLoop(Duration quiet, Runnable build) {
    this.quiet = quiet;
    this.build = build;
    thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  synchronized void changed() {
    if (thread.isShutdown()) {
      return;
    }
    if (pending != null) {
      pending.cancel(false);
    }
    pending = thread.schedule(build, quiet.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Builds now, on the loop's thread, and waits for the build to finish. */
  void buildNow() throws InterruptedException {
    try {
      thread.submit(build).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the build failed unexpectedly", e.getCause());
    }
  }

  /** Drops a scheduled build and lets a running one finish, so no build is cut off while writing. */
  @Override
  public void close() {
    synchronized (this) {
      thread.shutdown();
    }
    try {
      if (!thread.awaitTermination(FINISH_SECONDS, TimeUnit.SECONDS)) {
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      thread.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
