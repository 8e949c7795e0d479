package io.contractcheck.bench.harness;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap occupancy right after a garbage collection: close to the peak of live data,
 * and far less sensitive to the collector's heap sizing than RSS or the pools' peaks.
 */
final class HeapAfterGc {

  private final Set<String> heapPools = new HashSet<>();
  private final AtomicLong maxBytes = new AtomicLong(-1);

  private HeapAfterGc() {}

  /** Starts listening to every collector of this JVM. */
  static HeapAfterGc start() {
    HeapAfterGc tracker = new HeapAfterGc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        tracker.heapPools.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((notification, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            tracker.record(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()));
          }
        }, null, null);
      }
    }
    return tracker;
  }

  /** The largest heap occupancy after a collection so far, in bytes; -1 if none ran. */
  long maxBytes() {
    return maxBytes.get();
  }

  private void record(GarbageCollectionNotificationInfo info) {
    long used = 0;
    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        used += pool.getValue().getUsed();
      }
    }
    maxBytes.accumulateAndGet(used, Math::max);
  }
}
