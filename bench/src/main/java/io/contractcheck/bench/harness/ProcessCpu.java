package io.contractcheck.bench.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** CPU time of the whole process (every thread: compiler, JIT, GC), in nanoseconds. */
final class ProcessCpu {

  private ProcessCpu() {}

  static long nanos() {
    OperatingSystemMXBean bean = ManagementFactory.getOperatingSystemMXBean();
    if (bean instanceof com.sun.management.OperatingSystemMXBean hotspot) {
      return hotspot.getProcessCpuTime();
    }
    return -1;
  }
}
