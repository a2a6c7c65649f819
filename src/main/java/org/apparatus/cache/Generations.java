package org.apparatus.cache;

import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results that a series of builds (a live preview's) carries from one build to the next, keyed by the inputs they
 * were made from. What the last build used is carried to the next; what it did not use is dropped, so what is held
 * stays the size of one build. Work spread over several threads may read and add at once.
 */
public final class Generations<K, V> {
  private volatile Map<K, V> previous;
  private volatile Map<K, V> current = new ConcurrentHashMap<>();

  public Generations() {
    this(Map.of());
  }

  /** A series whose last build left {@code previous} (e.g. results read back from a file); it is only read. */
  public Generations(Map<K, V> previous) {
    this.previous = previous;
  }

  /** Starts the next build: the results this build used become the ones it can take again. */
  public synchronized void nextBuild() {
    previous = current;
    current = new ConcurrentHashMap<>();
  }

  /** Starts the next build with nothing to take again, e.g. because an input every result depends on changed. */
  public synchronized void nextBuildAfresh() {
    previous = new ConcurrentHashMap<>();
    current = new ConcurrentHashMap<>();
  }

  /** The result for {@code key}: this build's, else the last build's, else {@code make}'s, which is kept. */
  public V computeIfAbsent(K key, Function<K, V> make) {
    Map<K, V> last = previous;
    return current.computeIfAbsent(key, k -> {
      V kept = last.get(k);
      return kept != null ? kept : make.apply(k);
    });
  }

  /** The result for {@code key} from this build or the last one, or null; a result found is kept for the next. */
  public V get(K key) {
    V v = current.get(key);
    if (v == null) {
      v = previous.get(key);
      if (v != null) {
        current.put(key, v);
      }
    }
    return v;
  }

  public void put(K key, V value) {
    current.put(key, value);
  }

  /** What this build has taken again or made so far. */
  public Map<K, V> current() {
    return Collections.unmodifiableMap(current);
  }
}
