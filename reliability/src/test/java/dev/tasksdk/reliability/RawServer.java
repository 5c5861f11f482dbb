package dev.tasksdk.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 for faults MockWebServer cannot make: it reads one request
 * head per connection and hands the socket to a handler, e.g. one that resets the connection.
 */
final class RawServer implements AutoCloseable {
  interface Handler {
    void handle(Socket socket, String requestHead) throws IOException;
  }

  private final ServerSocket serverSocket;
  final AtomicInteger requests = new AtomicInteger();

  RawServer(Handler handler) throws IOException {
    serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t =
        new Thread(
            () -> {
              while (!serverSocket.isClosed()) {
                try {
                  Socket s = serverSocket.accept();
                  String head = readHead(s.getInputStream());
                  requests.incrementAndGet();
                  handler.handle(s, head);
                } catch (IOException e) {
                  // closed, or the client went away
                }
              }
            },
            "raw-server");
    t.setDaemon(true);
    t.start();
  }

  String url() {
    return "http://127.0.0.1:" + serverSocket.getLocalPort() + "/";
  }

  /** Closes the connection with a RST: SO_LINGER 0, then close. */
  static void reset(Socket s) throws IOException {
    s.setSoLinger(true, 0);
    s.close();
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while ((b = in.read()) != -1) {
      out.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == 4) {
        break;
      }
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
  }
}
