import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apparatus.build.Build;
import org.apparatus.build.Reuse;

/**
 * Times a live preview's rebuild after a note edit in one warm JVM, with and without what a series of
 * builds reuses, in alternating pairs so that a drift in the machine's speed affects both alike.
 *
 * <pre>java -cp target/apparatus.jar bench/RebuildPairs.java PROJECT NOTE [PAIRS] [WARM_UP]</pre>
 *
 * PROJECT holds content/ and templates/ (a copy: NOTE, relative to it, is edited and the site is written
 * to PROJECT/site-full and PROJECT/site-reused). Each pair edits the note, then runs a full preview build
 * (nothing reused, the site swapped in whole) and a build that reuses the previous one's results and
 * updates its site in place, in turns A B, B A. Prints the median and range of each and of the ratio.
 */
public final class RebuildPairs {
  public static void main(String[] args) throws Exception {
    Path project = Path.of(args[0]).toAbsolutePath();
    Path note = project.resolve(args[1]);
    int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    String original = Files.readString(note, StandardCharsets.UTF_8);
    int last = original.stripTrailing().length();
    Reuse reuse = Reuse.acrossBuilds();
    List<Double> full = new ArrayList<>();
    List<Double> reused = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < warmUp + pairs; i++) {
      Files.writeString(note, original.substring(0, last) + " (edit " + i + ")\n", StandardCharsets.UTF_8);
      double a;
      double b;
      if (i % 2 == 0) {
        a = time(project, "site-full", Reuse.nothing());
        b = time(project, "site-reused", reuse);
      } else {
        b = time(project, "site-reused", reuse);
        a = time(project, "site-full", Reuse.nothing());
      }
      if (i >= warmUp) {
        full.add(a);
        reused.add(b);
        ratios.add(a / b);
      }
    }
    Files.writeString(note, original, StandardCharsets.UTF_8);
    System.out.printf("full rebuild:   %s ms%n", summary(full, "%.0f"));
    System.out.printf("reusing build:  %s ms%n", summary(reused, "%.0f"));
    System.out.printf("full / reusing: %s (N=%d pairs)%n", summary(ratios, "%.2f"), pairs);
  }

  private static double time(Path project, String site, Reuse reuse) {
    long start = System.nanoTime();
    Build.Result result = Build.run(new Build.Options(project, project.resolve("content"), project.resolve("templates"),
        project.resolve(site), null, false, true, Build.Mode.PREVIEW), reuse);
    double ms = (System.nanoTime() - start) / 1e6;
    if (result.failed()) {
      throw new IllegalStateException("the build failed: " + result.diagnostics().sorted());
    }
    return ms;
  }

  private static String summary(List<Double> values, String format) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return "median " + String.format(format, median) + " [" + String.format(format, sorted.get(0)) + "–"
        + String.format(format, sorted.get(n - 1)) + "]";
  }
}
