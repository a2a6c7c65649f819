package org.apparatus.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Server-Sent Events at {@link #PATH} that tell open pages the outcome of each build: {@code reload}
 * after a build that replaced the site, {@code build-error} with the diagnostics of one that failed.
 * A page connects with the number of the build it was served from and is told at once if a newer
 * build replaced it or if the current sources do not build.
 */
final class LiveEvents implements HttpHandler {
  static final String PATH = "/__apparatus/events";
  private static final long KEEP_ALIVE_SECONDS = 15;
  private static final Event CLOSE = new Event("close", "");

  private final List<BlockingQueue<Event>> clients = new ArrayList<>();
  private long generation;
  private String failure;
  private boolean closed;

  /** One message on the stream. */
  record Event(String name, String data) {
    String wire() {
      StringBuilder b = new StringBuilder("event: ").append(name).append('\n');
      String[] lines = data.split("\\R");
      // an event without a data line is never dispatched to the page
      for (String line : lines.length == 0 ? new String[] {""} : lines) {
        b.append("data: ").append(line).append('\n');
      }
      return b.append('\n').toString();
    }
  }

  /** The number of the last build that replaced the site (0 before the first). */
  synchronized long generation() {
    return generation;
  }

  synchronized void succeeded() {
    generation++;
    failure = null;
    broadcast(reload());
  }

  synchronized void failed(String diagnostics) {
    failure = diagnostics;
    broadcast(new Event("build-error", diagnostics));
  }

  /** Ends every open stream; the pages reconnect on their own once a server is back. */
  synchronized void close() {
    closed = true;
    broadcast(CLOSE);
  }

  @Override
  public void handle(HttpExchange exchange) {
    try (exchange) {
      BlockingQueue<Event> queue = subscribe(servedGeneration(exchange.getRequestURI().getRawQuery()));
      try {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        write(out, "retry: 1000\n\n");
        stream(queue, out);
      } finally {
        unsubscribe(queue);
      }
    } catch (IOException e) {
      // the page went away: nothing to tell it any more
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Forwards events until the server closes; a write to a page that went away ends it too. */
  private static void stream(BlockingQueue<Event> queue, OutputStream out) throws IOException, InterruptedException {
    while (true) {
      Event event = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
      if (event == CLOSE) {
        return;
      }
      write(out, event == null ? ": keep-alive\n\n" : event.wire());
    }
  }

  private synchronized BlockingQueue<Event> subscribe(long served) {
    BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
    if (closed) {
      queue.add(CLOSE);
      return queue;
    }
    if (failure != null) {
      queue.add(new Event("build-error", failure));
    } else if (served >= 0 && served != generation) {
      queue.add(reload());
    }
    clients.add(queue);
    return queue;
  }

  private synchronized void unsubscribe(BlockingQueue<Event> queue) {
    clients.remove(queue);
  }

  private void broadcast(Event event) {
    for (BlockingQueue<Event> client : clients) {
      client.add(event);
    }
  }

  private Event reload() {
    return new Event("reload", Long.toString(generation));
  }

  /** The {@code generation} query parameter, or -1: a client that names none only hears of later builds. */
  static long servedGeneration(String query) {
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("generation=")) {
          try {
            return Long.parseLong(pair.substring("generation=".length()));
          } catch (NumberFormatException e) {
            return -1;
          }
        }
      }
    }
    return -1;
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
