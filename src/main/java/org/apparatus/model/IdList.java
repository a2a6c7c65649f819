package org.apparatus.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * Entries of the edition in their order, found by id in constant time (an edition may hold thousands of texts or
 * variant entries). The first entry with an id wins; duplicates have been reported by the parser.
 */
final class IdList<T> extends AbstractList<T> implements RandomAccess {
  private final List<T> entries;
  private final Map<String, T> byId = new HashMap<>();

  private IdList(List<T> entries, Function<T, String> id) {
    this.entries = List.copyOf(entries);
    for (T e : this.entries) {
      byId.putIfAbsent(id.apply(e), e);
    }
  }

  static <T> IdList<T> of(List<T> entries, Function<T, String> id) {
    @SuppressWarnings("unchecked")
    IdList<T> list = entries instanceof IdList<?> l ? (IdList<T>) l : new IdList<>(entries, id);
    return list;
  }

  /** The entry of {@code list} (made by {@link #of}) with this id, or null. */
  @SuppressWarnings("unchecked")
  static <T> T find(List<T> list, String id) {
    return ((IdList<T>) list).byId.get(id);
  }

  @Override
  public T get(int index) {
    return entries.get(index);
  }

  @Override
  public int size() {
    return entries.size();
  }
}
