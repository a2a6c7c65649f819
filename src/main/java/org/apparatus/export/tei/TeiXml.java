package org.apparatus.export.tei;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.IntConsumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A TEI document written through a real XML writer, which escapes every name and value: no markup is ever
 * made by joining strings. Characters that XML 1.0 does not allow are left out and handed to {@code dropped}.
 * Elements in element-only content start on their own indented line; inside mixed content (a paragraph, a
 * note's running text) nothing is added, so the text's own spacing is kept exactly.
 */
final class TeiXml {
  static final String NS = "http://www.tei-c.org/ns/1.0";

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final XMLStreamWriter out;
  private final IntConsumer dropped;
  private final Deque<Frame> open = new ArrayDeque<>();

  /** An open element: whether text or inline elements were written in it, and whether it holds indented children. */
  private static final class Frame {
    boolean mixed;
    boolean indentedChildren;

    Frame(boolean mixed) {
      this.mixed = mixed;
    }
  }

  TeiXml(IntConsumer dropped) {
    this.dropped = dropped;
    try {
      out = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      out.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the JDK's XML writer is not available", e);
    }
  }

  /** The root element, declaring the TEI namespace. */
  TeiXml root(String name) {
    start(name);
    call(() -> out.writeDefaultNamespace(NS));
    return this;
  }

  /** An element of structure (a division, a paragraph, a list): on its own line unless it sits in running text. */
  TeiXml start(String name) {
    Frame parent = open.peek();
    if (parent == null || !parent.mixed) {
      newline(open.size());
      if (parent != null) {
        parent.indentedChildren = true;
      }
    }
    call(() -> out.writeStartElement(name));
    open.push(new Frame(false));
    return this;
  }

  /** An element of running text (a highlight, a reference): written in place. */
  TeiXml inline(String name) {
    markMixed();
    call(() -> out.writeStartElement(name));
    open.push(new Frame(true));
    return this;
  }

  /** An empty element in running text, e.g. {@code <lb/>} or {@code <anchor/>}; attributes may follow. */
  TeiXml empty(String name) {
    markMixed();
    call(() -> out.writeEmptyElement(name));
    return this;
  }

  /** An empty element of structure, on its own line unless it sits in running text. */
  TeiXml emptyBlock(String name) {
    Frame parent = open.peek();
    if (parent != null && !parent.mixed) {
      newline(open.size());
      parent.indentedChildren = true;
    }
    call(() -> out.writeEmptyElement(name));
    return this;
  }

  /** An attribute of the element just started; an empty value writes nothing. */
  TeiXml attr(String name, String value) {
    String clean = value == null ? "" : legal(value);
    if (!clean.isEmpty()) {
      call(() -> out.writeAttribute(name, clean));
    }
    return this;
  }

  TeiXml text(String text) {
    String clean = legal(text);
    if (!clean.isEmpty()) {
      markMixed();
      call(() -> out.writeCharacters(clean));
    }
    return this;
  }

  /** An element holding only {@code text}; nothing when the text is empty. */
  TeiXml leaf(String name, String text) {
    if (text != null && !text.isBlank()) {
      start(name).text(text).end();
    }
    return this;
  }

  TeiXml end() {
    Frame frame = open.pop();
    if (frame.indentedChildren && !frame.mixed) {
      newline(open.size());
    }
    call(out::writeEndElement);
    return this;
  }

  byte[] finish() {
    while (!open.isEmpty()) {
      end();
    }
    call(() -> {
      out.writeCharacters("\n");
      out.writeEndDocument();
      out.close();
    });
    return bytes.toByteArray();
  }

  /** Whether a code point may appear in an XML 1.0 document. */
  static boolean allowed(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private String legal(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int next = i + Character.charCount(c);
      if (!allowed(c)) {
        if (b == null) {
          b = new StringBuilder(s.length()).append(s, 0, i);
        }
        dropped.accept(c);
      } else if (b != null) {
        b.appendCodePoint(c);
      }
      i = next;
    }
    return b == null ? s : b.toString();
  }

  private void markMixed() {
    Frame parent = open.peek();
    if (parent != null) {
      parent.mixed = true;
    }
  }

  private void newline(int depth) {
    call(() -> out.writeCharacters("\n" + "  ".repeat(depth)));
  }

  private interface XmlCall {
    void run() throws XMLStreamException;
  }

  private static void call(XmlCall c) {
    try {
      c.run();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the TEI writer was used out of order", e);
    }
  }
}
