package org.apparatus.serve;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs builds one at a time on a thread of its own. The first change schedules a build a short
 * settling time later; changes that arrive before it starts (several files saved at once, an
 * editor's write-then-rename) are read by that same build. A change during a build schedules one
 * more after it, so the last change is always built.
 */
final class RebuildLoop implements AutoCloseable {
  private static final long FINISH_SECONDS = 30;
  private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, r -> {
    Thread t = new Thread(r, "apparatus-rebuild");
    t.setDaemon(true);
    return t;
  });
  private final Duration settle;
  private final Runnable build;
  /** A build is scheduled and has not started yet: it will read every change made until it does. */
  private boolean due;

  RebuildLoop(Duration settle, Runnable build) {
    this.settle = settle;
    this.build = build;
    thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  synchronized void changed() {
    if (thread.isShutdown() || due) {
      return;
    }
    due = true;
    thread.schedule(this::buildDue, settle.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void buildDue() {
    synchronized (this) {
      due = false;
    }
    build.run();
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
