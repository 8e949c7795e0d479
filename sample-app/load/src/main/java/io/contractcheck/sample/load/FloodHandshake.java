package io.contractcheck.sample.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One WebSocket opening handshake (RFC 6455, section 4.1) on a blocking socket: the upgrade request,
 * then the response's status line. That is all a flood needs from a client, and it costs the client
 * almost nothing, so the time measured is the server's. A library client does more per handshake
 * and queues inside itself: one JDK HttpClient drives its connections from one selector thread,
 * which alone made handshakes wait seconds on the client side.
 */
final class FloodHandshake {

  /** The nonce of RFC 6455's example; the server only echoes its hash, nothing here checks it. */
  private static final String KEY = "dGhlIHNhbXBsZSBub25jZQ==";
  private static final int TIMEOUT_MILLIS = 60_000;
  private static final int MAX_STATUS_LINE = 256;

  private FloodHandshake() {}

  /**
   * Sends the handshake for {@code token} and reads the status code. The socket is returned open
   * (the caller keeps an upgraded connection open and closes it later).
   */
  static int perform(Socket socket, InetSocketAddress server, String path, String token)
      throws IOException {
    socket.connect(server, TIMEOUT_MILLIS);
    socket.setSoTimeout(TIMEOUT_MILLIS);
    String host = server.getHostString() + ":" + server.getPort();
    String request =
        "GET " + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + " HTTP/1.1\r\n"
            + "Host: " + host + "\r\n"
            + "Upgrade: websocket\r\n"
            + "Connection: Upgrade\r\n"
            + "Sec-WebSocket-Key: " + KEY + "\r\n"
            + "Sec-WebSocket-Version: 13\r\n"
            + "\r\n";
    OutputStream out = socket.getOutputStream();
    out.write(request.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return statusCode(readLine(new BufferedInputStream(socket.getInputStream(), 512)));
  }

  /** The code of an HTTP/1.1 status line, e.g. 101 for {@code HTTP/1.1 101 Switching Protocols}. */
  static int statusCode(String statusLine) throws IOException {
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("\\d{3}")) {
      throw new IOException("not an HTTP status line: '" + statusLine + "'");
    }
    return Integer.parseInt(parts[1]);
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      if (c != '\r') {
        line.append((char) c);
      }
      if (line.length() > MAX_STATUS_LINE) {
        break;
      }
    }
    if (c == -1 && line.length() == 0) {
      throw new IOException("the server closed the connection without a response");
    }
    return line.toString();
  }
}
