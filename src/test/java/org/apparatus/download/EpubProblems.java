package org.apparatus.download;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What EPUBCheck finds wrong with a book: fatal errors, errors and warnings (usage hints are not problems). */
final class EpubProblems {
  private EpubProblems() {}

  static List<String> of(Path epub) {
    CollectingReport report = new CollectingReport();
    new EpubCheck(epub.toFile(), report).doValidate();
    return report.problems;
  }

  /** Keeps EPUBCheck's fatal errors, errors and warnings; usage hints and information are not problems. */
  private static final class CollectingReport extends MasterReport {
    final List<String> problems = new ArrayList<>();

    @Override
    public void message(Message message, EPUBLocation location, Object... args) {
      Severity severity = message.getSeverity();
      if (severity == Severity.FATAL || severity == Severity.ERROR || severity == Severity.WARNING) {
        problems.add(severity + " " + message.getID() + " " + location.getPath() + ":" + location.getLine() + ":"
            + location.getColumn() + " " + message.getMessage(args));
      }
    }

    @Override
    public void info(String resource, FeatureEnum feature, String value) {}

    @Override
    public int generate() {
      return 0;
    }

    @Override
    public void initialize() {}
  }
}
