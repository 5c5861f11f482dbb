package dev.tasksdk.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets for loopback test servers: TCP_NODELAY on every accepted connection (without it
 * the client's delayed ACK adds ~40 ms to every response MockWebServer writes in two parts), and
 * optionally SO_LINGER 0 so that closing a connection sends a RST instead of a FIN.
 */
final class ResettingServerSockets extends ServerSocketFactory {
  private final boolean reset;

  /** Connections that close with a RST. */
  ResettingServerSockets() {
    this(true);
  }

  ResettingServerSockets(boolean reset) {
    this.reset = reset;
  }

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new ServerSocket() {
      @Override
      public Socket accept() throws IOException {
        Socket s = super.accept();
        s.setTcpNoDelay(true);
        if (reset) {
          s.setSoLinger(true, 0);
        }
        return s;
      }
    };
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    throw new UnsupportedOperationException();
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    throw new UnsupportedOperationException();
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
      throws IOException {
    throw new UnsupportedOperationException();
  }
}
