package org.apparatus.export.tei;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apparatus.Fixtures;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The vendored TEI All RELAX NG schema, loaded once, and Jing's verdict on a document: every problem with its line. */
final class TeiSchema {
  private final List<String> problems = new ArrayList<>();
  private final ValidationDriver driver;
  private String current = "";

  TeiSchema() throws Exception {
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        problems.add(current + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    });
    driver = new ValidationDriver(properties.toPropertyMap());
    InputSource schema = new InputSource(Fixtures.RESOURCES.resolve("schemas/tei/tei_all.rng").toUri().toString());
    if (!driver.loadSchema(schema)) {
      throw new IllegalStateException("the TEI All schema does not load: " + problems);
    }
  }

  /** Jing's messages for the document, each as {@code name:line:column: message}; empty when it is valid. */
  List<String> problems(String name, byte[] xml) throws Exception {
    problems.clear();
    current = name;
    InputSource in = new InputSource(new ByteArrayInputStream(xml));
    in.setSystemId(name);
    boolean valid = driver.validate(in);
    List<String> found = List.copyOf(problems);
    if (!valid && found.isEmpty()) {
      return List.of(name + ": invalid, without a message");
    }
    return found;
  }
}
