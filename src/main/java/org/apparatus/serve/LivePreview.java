package org.apparatus.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A live preview of a site: builds it once, serves it over HTTP, rebuilds when a watched file
 * changes and tells open pages to reload, or to show the diagnostics while the last good site stays
 * served.
 */
public final class LivePreview implements AutoCloseable {
  /**
   * Where the site is written, where to listen (port 0: any free port), what to watch and how long
   * after the first change of a save the build starts.
   */
  public record Settings(Path site, String host, int port, List<Path> watched, Duration settle) {
    /** Long enough for an editor's write-then-rename, which arrives within a few milliseconds. */
    public static final Duration DEFAULT_SETTLE = Duration.ofMillis(15);

    public Settings(Path site, String host, int port, List<Path> watched) {
      this(site, host, port, watched, DEFAULT_SETTLE);
    }
  }

  /** How long the event streams get to end properly; stopping returns as soon as they have. */
  private static final int STREAMS_END_SECONDS = 1;

  private final HttpServer server;
  private final ExecutorService handlers;
  private final LiveEvents events;
  private final RebuildLoop loop;
  private final SourceWatcher watcher;
  private final CountDownLatch closed = new CountDownLatch(1);

  private LivePreview(HttpServer server, ExecutorService handlers, LiveEvents events, RebuildLoop loop, SourceWatcher watcher) {
    this.server = server;
    this.handlers = handlers;
    this.events = events;
    this.loop = loop;
    this.watcher = watcher;
  }

  /**
   * Binds the port, starts watching, runs the first build and starts serving. {@code build} writes
   * the site and reports the outcome; it always runs on one thread, one build at a time.
   *
   * @throws IOException if the address cannot be bound or the directories cannot be watched
   */
  public static LivePreview start(Settings settings, Supplier<BuildReport> build) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
    LiveEvents events = new LiveEvents();
    RebuildLoop loop = new RebuildLoop(settings.settle(), () -> publish(build, events));
    ExecutorService handlers = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "apparatus-serve");
      t.setDaemon(true);
      return t;
    });
    SourceWatcher watcher = null;
    try {
      watcher = SourceWatcher.start(settings.watched(), loop::changed);
      loop.buildNow();
    } catch (IOException | RuntimeException e) {
      abandon(server, handlers, loop, watcher);
      throw e;
    } catch (InterruptedException e) {
      abandon(server, handlers, loop, watcher);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted during the first build", e);
    }
    server.createContext("/", new SiteFiles(settings.site(), events::generation));
    server.createContext(LiveEvents.PATH, events);
    server.createContext(LiveScript.PATH, new LiveScript());
    server.setExecutor(handlers);
    server.start();
    return new LivePreview(server, handlers, events, loop, watcher);
  }

  private static void abandon(HttpServer server, ExecutorService handlers, RebuildLoop loop, SourceWatcher watcher)
      throws IOException {
    loop.close();
    server.stop(0);
    handlers.shutdownNow();
    if (watcher != null) {
      watcher.close();
    }
  }

  /** Runs one build; a crash of the build must not end the preview, so it is shown like a failure. */
  private static void publish(Supplier<BuildReport> build, LiveEvents events) {
    BuildReport report;
    try {
      report = build.get();
    } catch (RuntimeException | Error e) {
      // a StackOverflowError too: the preview keeps serving the last good site and shows what happened
      report = BuildReport.crashed(e);
    }
    if (report.succeeded()) {
      events.succeeded();
    } else {
      events.failed(report.diagnostics());
    }
  }

  /** The address pages are served at, with the port actually bound. */
  public URI url() {
    InetSocketAddress address = server.getAddress();
    InetAddress ip = address.getAddress();
    String host = ip.isAnyLocalAddress() ? "localhost" : ip.getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + address.getPort() + "/");
  }

  /** Waits until {@link #close()} has run, e.g. from a shutdown hook on Ctrl-C. */
  public void awaitClosed() throws InterruptedException {
    closed.await();
  }

  /** Stops watching, ends the event streams and stops serving; safe to call more than once. */
  @Override
  public void close() {
    if (closed.getCount() == 0) {
      return;
    }
    synchronized (this) {
      if (closed.getCount() == 0) {
        return;
      }
      try {
        watcher.close();
      } catch (IOException e) {
        // stopping anyway: the watch thread is a daemon
      }
      loop.close();
      events.close();
      server.stop(STREAMS_END_SECONDS);
      handlers.shutdownNow();
      closed.countDown();
    }
  }
}
