import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times a live preview from the save of a note to the reload event that open pages receive.
 *
 * <pre>java bench/ServeBenchmark.java JAR PROJECT NOTE [EDITS] [WARM_UP]</pre>
 *
 * Starts {@code java -jar JAR serve} on PROJECT (a copy: the note is edited), listens to the event
 * stream as a page does, then saves NOTE (relative to PROJECT) EDITS times the way editors do (a new
 * file renamed over the old one), each time changing one word of its last line, and measures the time
 * from the rename to the {@code reload} event. The first WARM_UP edits are not counted: they let the
 * JIT compile the build. Prints the median and range, and the median of each build stage.
 */
public final class ServeBenchmark {
  private static final Pattern SERVING = Pattern.compile("at (http://\\S+/),");
  private static final Pattern STAGE = Pattern.compile("^(\\w+)\\s+(\\d+) ms$");

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: java bench/ServeBenchmark.java JAR PROJECT NOTE [EDITS] [WARM_UP]");
      System.exit(2);
    }
    Path jar = Path.of(args[0]).toAbsolutePath();
    Path project = Path.of(args[1]).toAbsolutePath();
    Path note = project.resolve(args[2]);
    int edits = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    List<String> command = new ArrayList<>(List.of("java"));
    String javaOpts = System.getenv("JAVA_OPTS");
    if (javaOpts != null && !javaOpts.isBlank()) {
      command.addAll(List.of(javaOpts.trim().split("\\s+")));
    }
    command.addAll(List.of("-jar", jar.toString(), "serve", "--root", project.toString(), "--content",
        project.resolve("content").toString(), "--templates", project.resolve("templates").toString(), "--site",
        project.resolve("site").toString(), "--port", "0"));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("APPARATUS_TIMINGS", "1");
    Process serve = builder.start();
    BlockingQueue<Map<String, Long>> stages = new LinkedBlockingQueue<>();
    daemon(() -> readStages(serve.getErrorStream(), stages));
    try {
      URI url = awaitUrl(serve.getInputStream());
      BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<InputStream> events = http.send(HttpRequest.newBuilder(url.resolve("__apparatus/events")).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      daemon(() -> readReloads(events.body(), reloads));
      stages.poll(600, TimeUnit.SECONDS); // the first build, done before serving
      List<Long> times = new ArrayList<>();
      Map<String, List<Long>> stageTimes = new TreeMap<>();
      for (int i = 0; i < warmUp + edits; i++) {
        stages.clear();
        reloads.clear();
        long saved = save(note, i);
        Long reloaded = reloads.poll(600, TimeUnit.SECONDS);
        if (reloaded == null) {
          throw new IllegalStateException("no reload event within 600 s after edit " + i);
        }
        Thread.sleep(300); // lets a stray second build finish before the next edit
        if (i >= warmUp) {
          times.add(reloaded - saved);
          Map<String, Long> split = stages.poll();
          if (split != null) {
            split.forEach((stage, ms) -> stageTimes.computeIfAbsent(stage, s -> new ArrayList<>()).add(ms));
          }
        }
      }
      List<Long> sorted = times.stream().map(ns -> ns / 1_000_000).sorted().toList();
      System.out.printf("save -> reload: median %d ms, range %d-%d ms, N=%d (%s)%n", median(sorted), sorted.get(0),
          sorted.get(sorted.size() - 1), sorted.size(), project.getFileName());
      StringBuilder split = new StringBuilder("build stages (median ms):");
      stageTimes.forEach((stage, ms) -> split.append(' ').append(stage).append('=').append(median(ms.stream().sorted().toList())));
      System.out.println(split);
    } finally {
      serve.destroy();
      serve.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** Rewrites the last word of the note's last non-empty line; returns the time of the rename. */
  private static long save(Path note, int edit) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(note, StandardCharsets.UTF_8));
    int last = lines.size() - 1;
    while (lines.get(last).isBlank()) {
      last--;
    }
    String line = lines.get(last).replaceAll(" \\(edit \\d+\\)$", "");
    lines.set(last, line + " (edit " + edit + ")");
    Path pending = Files.createTempFile(note.getParent(), ".", ".tmp");
    Files.write(pending, lines, StandardCharsets.UTF_8);
    long saved = System.nanoTime();
    Files.move(pending, note, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return saved;
  }

  private static URI awaitUrl(InputStream out) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8));
    for (String line; (line = lines.readLine()) != null; ) {
      Matcher m = SERVING.matcher(line);
      if (m.find()) {
        daemon(() -> lines.lines().forEach(l -> {}));
        return URI.create(m.group(1));
      }
    }
    throw new IllegalStateException("serve ended before serving");
  }

  private static void readReloads(InputStream in, BlockingQueue<Long> reloads) {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.equals("event: reload")) {
          reloads.add(System.nanoTime());
        } else if (line.equals("event: build-error")) {
          System.err.println("a build failed: see the terminal output of serve");
        }
      }
    } catch (IOException e) {
      // the server stopped
    }
  }

  /** Collects the stage lines that APPARATUS_TIMINGS=1 prints, one map per build (ended by the "write" line). */
  private static void readStages(InputStream err, BlockingQueue<Map<String, Long>> stages) {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(err, StandardCharsets.UTF_8))) {
      Map<String, Long> build = new TreeMap<>();
      for (String line; (line = lines.readLine()) != null; ) {
        Matcher m = STAGE.matcher(line.strip());
        if (m.matches()) {
          build.put(m.group(1), Long.parseLong(m.group(2)));
          if (m.group(1).equals("write")) {
            stages.add(build);
            build = new TreeMap<>();
          }
        } else if (!line.isBlank()) {
          System.err.println("serve: " + line);
        }
      }
    } catch (IOException e) {
      // the server stopped
    }
  }

  private static void daemon(Runnable r) {
    Thread t = new Thread(r);
    t.setDaemon(true);
    t.start();
  }

  private static long median(List<Long> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
