package dev.tasksdk.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A minimal HTTP/1.1 responder on 127.0.0.1 that answers every request with bytes prepared ahead,
 * over keep-alive connections, so that the server is never what a benchmark measures.
 *
 * <p>One platform thread per connection reads the request head into a reused buffer (GET only, no
 * request bodies) and hands the request target to a {@link Handler}, which writes a complete
 * response into a reused {@link Out}. The thread's CPU time from the end of the request head to the
 * last byte written is summed, so that {@link #cpuNanosPerRequest()} reports what the server itself
 * cost.
 */
public final class LoopbackServer implements AutoCloseable {

  /** Writes the whole response (status line, headers, body) for one request target. */
  @FunctionalInterface
  public interface Handler {
    /** Writes the response to {@code target} (e.g. {@code /api/tasks/t1?x=y}) into {@code out}. */
    void respond(String target, Out out);
  }

  /** A growable byte buffer reused per connection. */
  public static final class Out {
    byte[] buf = new byte[64 * 1024];
    int len;

    /** Appends bytes. */
    public void write(byte[] b) {
      write(b, 0, b.length);
    }

    /** Appends a slice. */
    public void write(byte[] b, int off, int n) {
      ensure(n);
      System.arraycopy(b, off, buf, len, n);
      len += n;
    }

    /** Appends ASCII text. */
    public void ascii(String s) {
      ensure(s.length());
      for (int i = 0; i < s.length(); i++) {
        buf[len++] = (byte) s.charAt(i);
      }
    }

    /** The current length; used to patch bytes written earlier. */
    public int length() {
      return len;
    }

    /** The buffer (valid up to {@link #length()}). */
    public byte[] buffer() {
      return buf;
    }

    private void ensure(int n) {
      if (len + n > buf.length) {
        byte[] b = new byte[Math.max(buf.length * 2, len + n)];
        System.arraycopy(buf, 0, b, 0, len);
        buf = b;
      }
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final ServerSocket socket;
  private final Handler handler;
  private final long delayMillis;
  private final LongAdder requests = new LongAdder();
  private final LongAdder cpuNanos = new LongAdder();
  private final AtomicInteger connections = new AtomicInteger();
  private volatile boolean closed;

  private LoopbackServer(ServerSocket socket, Handler handler, long delayMillis) {
    this.socket = socket;
    this.handler = handler;
    this.delayMillis = delayMillis;
  }

  /** Starts a server answering at once. */
  public static LoopbackServer start(Handler handler) {
    return start(handler, 0);
  }

  /** Starts a server that waits {@code delayMillis} before each answer (a slow vendor). */
  public static LoopbackServer start(Handler handler, long delayMillis) {
    return start(handler, delayMillis, 0);
  }

  /** Starts a server on a given port (0: any free port). */
  public static LoopbackServer start(Handler handler, long delayMillis, int port) {
    try {
      ServerSocket ss = new ServerSocket();
      ss.setReuseAddress(true);
      ss.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
      LoopbackServer server = new LoopbackServer(ss, handler, delayMillis);
      Thread t = new Thread(server::acceptLoop, "loopback-accept-" + ss.getLocalPort());
      t.setDaemon(true);
      t.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("cannot bind a loopback port", e);
    }
  }

  /** A handler that writes the same pre-encoded response to every request. */
  public static Handler fixed(byte[] response) {
    return (target, out) -> out.write(response);
  }

  /** Encodes a complete 200 response with a JSON body and keep-alive. */
  public static byte[] okJson(byte[] body) {
    byte[] head = head(body.length).getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  /** The status line and headers of a 200 JSON response of {@code contentLength} bytes. */
  public static String head(int contentLength) {
    return "HTTP/1.1 200 OK\r\n"
        + "Content-Type: application/json\r\n"
        + "Content-Length: "
        + contentLength
        + "\r\n"
        + "x-request-id: req_bench\r\n"
        + "\r\n";
  }

  /** The base URL, e.g. {@code http://127.0.0.1:40123/}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/";
  }

  /** The port. */
  public int port() {
    return socket.getLocalPort();
  }

  /** Requests answered so far. */
  public long requests() {
    return requests.sum();
  }

  /** Connections accepted so far. */
  public int connections() {
    return connections.get();
  }

  /** Average server CPU time per request (parsing the head, building and writing the answer). */
  public double cpuNanosPerRequest() {
    long n = requests.sum();
    return n == 0 ? 0 : (double) cpuNanos.sum() / n;
  }

  /** Forgets the counters (after warm-up). */
  public void resetCounters() {
    requests.reset();
    cpuNanos.reset();
  }

  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing
    }
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = socket.accept();
        connections.incrementAndGet();
        Thread t = new Thread(() -> serve(s), "loopback-conn-" + s.getPort());
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  private void serve(Socket s) {
    byte[] in = new byte[16 * 1024];
    Out out = new Out();
    try (s) {
      s.setTcpNoDelay(true);
      InputStream is = s.getInputStream();
      OutputStream os = s.getOutputStream();
      int filled = 0;
      while (!closed) {
        int end = headEnd(in, filled);
        while (end < 0) {
          if (filled == in.length) {
            return; // request head too large: not something the benchmarks send
          }
          int n = is.read(in, filled, in.length - filled);
          if (n < 0) {
            return;
          }
          filled += n;
          end = headEnd(in, filled);
        }
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        String target = target(in, end);
        out.len = 0;
        handler.respond(target, out);
        long cpu1 = THREADS.getCurrentThreadCpuTime();
        if (delayMillis > 0) {
          Thread.sleep(delayMillis);
        }
        long cpu2 = THREADS.getCurrentThreadCpuTime();
        // counted before the answer goes out: a client that has its answer sees its request counted
        requests.increment();
        os.write(out.buf, 0, out.len);
        os.flush();
        cpuNanos.add((cpu1 - cpu0) + (THREADS.getCurrentThreadCpuTime() - cpu2));
        // keep what follows the head (pipelined requests; never a body here)
        System.arraycopy(in, end, in, 0, filled - end);
        filled -= end;
      }
    } catch (IOException | InterruptedException e) {
      // the client went away
    }
  }

  /** Index just after the first CRLFCRLF in {@code b[0, n)}, or -1. */
  static int headEnd(byte[] b, int n) {
    for (int i = 3; i < n; i++) {
      if (b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r') {
        return i + 1;
      }
    }
    return -1;
  }

  /** The request target: between the first and second space of the request line. */
  static String target(byte[] b, int end) {
    int sp1 = -1;
    for (int i = 0; i < end; i++) {
      if (b[i] == ' ') {
        if (sp1 < 0) {
          sp1 = i;
        } else {
          return new String(b, sp1 + 1, i - sp1 - 1, StandardCharsets.ISO_8859_1);
        }
      }
    }
    return "/";
  }
}
