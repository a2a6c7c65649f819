package org.apparatus.export.tei;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Pointers within one TEI file ({@code target}, {@code targetEnd}, {@code ref}, {@code wit}, {@code corresp} of {@code #id}) and the ids they name. */
final class TeiPointers {
  private static final List<String> POINTING = List.of("target", "targetEnd", "ref", "wit", "corresp");

  private TeiPointers() {}

  /** Each pointer to an id the file lacks, and each id given twice, as a message. */
  static List<String> unresolved(String name, byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    NodeList all = doc.getElementsByTagNameNS("*", "*");
    Set<String> ids = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      String id = ((Element) all.item(i)).getAttributeNS("http://www.w3.org/XML/1998/namespace", "id");
      if (!id.isEmpty() && !ids.add(id)) {
        problems.add(name + ": xml:id " + id + " is given twice");
      }
    }
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      for (String attribute : POINTING) {
        for (String value : e.getAttribute(attribute).split("\\s+")) {
          if (value.startsWith("#") && !ids.contains(value.substring(1))) {
            problems.add(name + ": <" + e.getLocalName() + " " + attribute + "=\"" + value + "\"> points to no element");
          }
        }
      }
    }
    return problems;
  }
}
