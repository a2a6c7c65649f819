package org.apparatus.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches directory trees (new subdirectories included) and reports every change to a file in them,
 * except an editor's hidden, lock and backup files. A change that leaves a file's bytes as they
 * were is not reported.
 */
final class SourceWatcher implements AutoCloseable {
  private final DirectoryWatcher watcher;
  private final ExecutorService thread;

  private SourceWatcher(DirectoryWatcher watcher, ExecutorService thread) {
    this.watcher = watcher;
    this.thread = thread;
  }

  /** Starts watching the directories of {@code dirs} that exist; returns once they are registered. */
  static SourceWatcher start(List<Path> dirs, Runnable onChange) throws IOException {
    List<Path> existing = dirs.stream().filter(Files::isDirectory).map(p -> p.toAbsolutePath().normalize()).distinct().toList();
    if (existing.isEmpty()) {
      return new SourceWatcher(null, null);
    }
    DirectoryWatcher watcher = DirectoryWatcher.builder()
        .paths(existing)
        .logger(NOPLogger.NOP_LOGGER)
        .listener(event -> {
          if (matters(event)) {
            onChange.run();
          }
        })
        .build();
    ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "apparatus-watch");
      t.setDaemon(true);
      return t;
    });
    CompletableFuture<Void> watching = watcher.watchAsync(thread);
    if (watching.isCompletedExceptionally()) {
      thread.shutdownNow();
      try {
        watching.join();
      } catch (CompletionException e) {
        throw new IOException("cannot watch " + existing + ": " + e.getCause().getMessage(), e.getCause());
      }
    }
    return new SourceWatcher(watcher, thread);
  }

  private static boolean matters(DirectoryChangeEvent event) {
    if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || event.path() == null) {
      return true;
    }
    String name = event.path().getFileName().toString();
    return !(name.startsWith(".") || name.startsWith("#") || name.endsWith("~"));
  }

  @Override
  public void close() throws IOException {
    if (watcher != null) {
      watcher.close();
      thread.shutdownNow();
    }
  }
}
