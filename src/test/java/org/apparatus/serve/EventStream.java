package org.apparatus.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A test client for a Server-Sent Events stream: parses events as a browser's EventSource does. */
public final class EventStream implements AutoCloseable {
  /** One dispatched event; {@code data} joins the data lines with line feeds. */
  public record Event(String name, String data) {}

  private final HttpResponse<Stream<String>> response;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final List<Event> seen = new ArrayList<>();
  private final Thread reader;

  private EventStream(HttpResponse<Stream<String>> response) {
    this.response = response;
    this.reader = new Thread(this::read, "test-event-stream");
    reader.setDaemon(true);
    reader.start();
  }

  /** Connects and returns once the response headers have arrived. */
  public static EventStream open(URI url) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(url).header("Accept", "text/event-stream").build();
    HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
    if (response.statusCode() != 200) {
      fail("event stream answered " + response.statusCode());
    }
    return new EventStream(response);
  }

  public String contentType() {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  private void read() {
    String name = "message";
    StringBuilder data = null;
    try (Stream<String> lines = response.body()) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isEmpty()) {
          if (data != null) {
            events.add(new Event(name, data.toString()));
          }
          name = "message";
          data = null;
        } else if (line.startsWith("event: ")) {
          name = line.substring("event: ".length());
        } else if (line.startsWith("data: ")) {
          data = data == null ? new StringBuilder() : data.append('\n');
          data.append(line.substring("data: ".length()));
        }
      }
    } catch (RuntimeException e) {
      // the stream was closed
    }
  }

  /**
   * Waits for the next event called {@code name}. Events of other names before it are passed over
   * (a burst of saves may give an extra build) and listed in the failure message.
   */
  public Event await(String name, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (event == null) {
        return fail("no `" + name + "` event within " + timeout + "; events seen: " + seen);
      }
      seen.add(event);
      if (event.name().equals(name)) {
        return event;
      }
    }
  }

  /** The next event if one arrives within {@code timeout}, else null. */
  public Event poll(Duration timeout) throws InterruptedException {
    Event event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (event != null) {
      seen.add(event);
    }
    return event;
  }

  @Override
  public void close() {
    response.body().close();
    reader.interrupt();
  }
}
