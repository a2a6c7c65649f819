package org.apparatus.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/** The edition's texts in reading order, found by id in constant time (an edition may hold thousands). */
final class TextList extends AbstractList<Text> implements RandomAccess {
  private final List<Text> texts;
  private final Map<String, Text> byId = new HashMap<>();

  private TextList(List<Text> texts) {
    this.texts = List.copyOf(texts);
    for (Text t : this.texts) {
      byId.putIfAbsent(t.id(), t);
    }
  }

  static TextList of(List<Text> texts) {
    return texts instanceof TextList list ? list : new TextList(texts);
  }

  Text byId(String id) {
    return byId.get(id);
  }

  @Override
  public Text get(int index) {
    return texts.get(index);
  }

  @Override
  public int size() {
    return texts.size();
  }
}
