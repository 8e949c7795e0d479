package io.contractcheck.sample.load;

import com.sun.management.OperatingSystemMXBean;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The server's heap, threads and CPU time, read over JMX from its process: the tool attaches to
 * the process (same user, same machine) and starts its local management agent. Nothing has to be
 * configured on the server.
 */
final class ServerStats implements AutoCloseable {

  /** One reading. Heap is measured after a full GC, so it shows what is still referenced. */
  record Sample(long heapUsedAfterGcBytes, int threads, long cpuNanos) {
    String describe() {
      return String.format("heap after GC %.1f MB, %d threads", heapUsedAfterGcBytes / 1e6, threads);
    }
  }

  private final JMXConnector connector;
  private final MemoryMXBean memory;
  private final ThreadMXBean threads;
  private final OperatingSystemMXBean system;

  private ServerStats(JMXConnector connector) throws IOException {
    this.connector = connector;
    MBeanServerConnection server = connector.getMBeanServerConnection();
    memory =
        ManagementFactory.newPlatformMXBeanProxy(
            server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
    threads =
        ManagementFactory.newPlatformMXBeanProxy(
            server, ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class);
    system =
        ManagementFactory.newPlatformMXBeanProxy(
            server, ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME, OperatingSystemMXBean.class);
  }

  static ServerStats attach(long pid) throws IOException {
    String address;
    try {
      VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
      try {
        address = vm.startLocalManagementAgent();
      } finally {
        vm.detach();
      }
    } catch (com.sun.tools.attach.AttachNotSupportedException e) {
      throw new IOException("cannot attach to process " + pid + ": " + e.getMessage(), e);
    }
    return new ServerStats(JMXConnectorFactory.connect(new JMXServiceURL(address)));
  }

  Sample sample() {
    memory.gc();
    return new Sample(memory.getHeapMemoryUsage().getUsed(), threads.getThreadCount(), cpuNanos());
  }

  /** The server's live threads, without a GC. */
  int threads() {
    return threads.getThreadCount();
  }

  long cpuNanos() {
    return system.getProcessCpuTime();
  }

  @Override
  public void close() throws IOException {
    connector.close();
  }
}
