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
  /** The entries of each group (e.g. the notes of each text) in their order; empty unless grouped. */
  private final Map<String, List<T>> groups = new HashMap<>();
  private final boolean grouped;

  private IdList(List<T> entries, Function<T, String> id, Function<T, String> group) {
    this.entries = List.copyOf(entries);
    this.grouped = group != null;
    Map<String, List<T>> grouping = new HashMap<>();
    for (T e : this.entries) {
      byId.putIfAbsent(id.apply(e), e);
      if (group != null) {
        grouping.computeIfAbsent(group.apply(e), g -> new java.util.ArrayList<>()).add(e);
      }
    }
    grouping.forEach((g, members) -> groups.put(g, List.copyOf(members)));
  }

  static <T> IdList<T> of(List<T> entries, Function<T, String> id) {
    return of(entries, id, null);
  }

  /** As {@link #of(List, Function)}, with the entries of each group found in constant time by {@link #group}. */
  static <T> IdList<T> of(List<T> entries, Function<T, String> id, Function<T, String> group) {
    @SuppressWarnings("unchecked")
    IdList<T> list = entries instanceof IdList<?> l && (l.grouped || group == null)
        ? (IdList<T>) l : new IdList<>(entries, id, group);
    return list;
  }

  /** The entries of {@code list} (made by {@link #of} with a group) in group {@code key}, in their order. */
  @SuppressWarnings("unchecked")
  static <T> List<T> group(List<T> list, String key) {
    return ((IdList<T>) list).groups.getOrDefault(key, List.of());
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
