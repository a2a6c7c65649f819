package org.apparatus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apparatus.serve.EventStream;
import org.apparatus.serve.LivePreview;
import org.apparatus.serve.PreviewFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void listensOnPort8000OfThisMachineByDefault() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs();
    assertEquals(8000, serve.port);
    assertEquals("127.0.0.1", serve.host);
    assertEquals(Path.of("site"), serve.options.site);
  }

  @Test
  void helpNamesTheOptions() {
    assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(err), "serve", "--help"));
    for (String option : new String[] {"--port", "--host", "--strict", "--content", "--templates", "--site", "--base-url"}) {
      assertTrue(out.toString().contains(option), option);
    }
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    assertEquals(Main.USAGE, Main.run(new PrintWriter(out), new PrintWriter(err), "serve", "--port", "70000"));
    assertTrue(err.toString().contains("--port must be between 0 and 65535"), err.toString());
  }

  @Test
  void aPortInUseIsReportedBeforeAnythingIsBuilt(@TempDir Path tmp) throws Exception {
    PreviewFixture.copyEdition(tmp);
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int code = Main.run(new PrintWriter(out), new PrintWriter(err), args("serve", tmp, "site", "--port", String.valueOf(taken.getLocalPort())));
      assertEquals(Main.CONTENT_ERRORS, code);
      assertTrue(err.toString().startsWith("error: cannot serve on 127.0.0.1:" + taken.getLocalPort() + ": "), err.toString());
      assertTrue(!tmp.resolve("site").toFile().exists(), "nothing built");
    }
  }

  @Test
  void servesOnAFreePortAndPrintsDiagnosticsExactlyAsBuildDoes(@TempDir Path tmp) throws Exception {
    PreviewFixture.copyEdition(tmp);
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs(args(null, tmp, "site", "--port", "0"));
    try (LivePreview preview = serve.start(new PrintWriter(out), new PrintWriter(err))) {
      assertNotEquals(0, preview.url().getPort());
      assertTrue(out.toString().matches("(?s)built \\d+ files into " + java.util.regex.Pattern.quote(tmp.resolve("site").toString()) + ".*"), out.toString());
      assertTrue(out.toString().contains("serving " + tmp.resolve("site") + " at " + preview.url()), out.toString());
      HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(preview.url()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, home.statusCode());
      assertEquals("", err.toString());

      try (EventStream events = EventStream.open(preview.url().resolve("__apparatus/events?generation=1"))) {
        PreviewFixture.replaceIn(tmp.resolve("content/notes/alpha/aras-context.md"), "forms a border.", "forms no border.");
        EventStream.Event error = events.await("build-error", Duration.ofSeconds(60));

        StringWriter buildOut = new StringWriter();
        StringWriter buildErr = new StringWriter();
        int built = Main.run(new PrintWriter(buildOut), new PrintWriter(buildErr), args("build", tmp, "other-site"));
        assertEquals(Main.CONTENT_ERRORS, built);
        assertEquals(buildErr.toString(), err.toString(), "the terminal shows what `apparatus build` shows");
        assertTrue(buildErr.toString().startsWith(error.data() + System.lineSeparator()), "the page gets the same diagnostics");
        assertTrue(error.data().startsWith("content/notes/alpha/aras-context.md:3:8: error[QUOTE_NOT_FOUND]"), error.data());
      }
    }
  }

  /** {@code command} with options naming the temporary project, writing into {@code site}. */
  private static String[] args(String command, Path tmp, String site, String... more) {
    List<String> all = new ArrayList<>(List.of("--strict", "--root", tmp.toString(), "--content", tmp.resolve("content").toString(),
        "--templates", tmp.resolve("templates").toString(), "--site", tmp.resolve(site).toString()));
    if (command != null) {
      all.add(0, command);
    }
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
