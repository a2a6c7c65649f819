package org.apparatus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RebuildLoopTest {
  private final AtomicInteger builds = new AtomicInteger();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger mostAtOnce = new AtomicInteger();

  @Test
  void aBurstOfChangesCostsOneBuild() throws Exception {
    CountDownLatch built = new CountDownLatch(1);
    try (RebuildLoop loop = new RebuildLoop(Duration.ofSeconds(1), () -> {
      builds.incrementAndGet();
      built.countDown();
    })) {
      for (int i = 0; i < 20; i++) {
        loop.changed();
      }
      assertTrue(built.await(30, TimeUnit.SECONDS));
      Thread.sleep(1000);
      assertEquals(1, builds.get());
    }
  }

  @Test
  void aChangeDuringABuildGivesAnotherBuildAfterItNeverAlongside() throws Exception {
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);
    try (RebuildLoop loop = new RebuildLoop(Duration.ofMillis(50), () -> {
      mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
      int n = builds.incrementAndGet();
      if (n == 1) {
        firstStarted.countDown();
        await(releaseFirst);
      } else {
        secondDone.countDown();
      }
      running.decrementAndGet();
    })) {
      loop.changed();
      assertTrue(firstStarted.await(30, TimeUnit.SECONDS));
      loop.changed();
      Thread.sleep(300);
      assertEquals(1, builds.get(), "the second build waits for the first");
      releaseFirst.countDown();
      assertTrue(secondDone.await(30, TimeUnit.SECONDS));
      assertEquals(1, mostAtOnce.get());
    }
  }

  @Test
  void closingLetsARunningBuildFinish() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicInteger finished = new AtomicInteger();
    RebuildLoop loop = new RebuildLoop(Duration.ofMillis(10), () -> {
      started.countDown();
      sleep(500);
      finished.incrementAndGet();
    });
    loop.changed();
    assertTrue(started.await(30, TimeUnit.SECONDS));
    loop.close();
    assertEquals(1, finished.get(), "close returned only after the build finished");
    loop.changed();
    assertEquals(1, finished.get(), "no build after closing");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
