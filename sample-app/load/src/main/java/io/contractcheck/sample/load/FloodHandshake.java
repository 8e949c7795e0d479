package io.contractcheck.sample.load;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of one WebSocket opening handshake (RFC 6455, section 4.1) and the reading of the
 * answer's status line: all a flood needs from a client. The flood sends these from one selector
 * thread ({@link Flood}), so the client spends almost nothing per handshake and all of them are on
 * the wire within milliseconds. Library clients do more and queue inside themselves: one JDK
 * HttpClient drives its connections from one selector thread and made handshakes wait seconds on
 * the client side; a thread per handshake needed seconds of the client's CPU just to wake 2,000
 * threads, so the late ones started seconds after the release.
 */
final class FloodHandshake {

  /** The nonce of RFC 6455's example; the server only echoes its hash, nothing here checks it. */
  private static final String KEY = "dGhlIHNhbXBsZSBub25jZQ==";
  static final int MAX_STATUS_LINE = 256;

  private FloodHandshake() {}

  /** The upgrade request for {@code token} at {@code host:port} and {@code path}. */
  static ByteBuffer request(String hostAndPort, String path, String token) {
    String request =
        "GET " + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + " HTTP/1.1\r\n"
            + "Host: " + hostAndPort + "\r\n"
            + "Upgrade: websocket\r\n"
            + "Connection: Upgrade\r\n"
            + "Sec-WebSocket-Key: " + KEY + "\r\n"
            + "Sec-WebSocket-Version: 13\r\n"
            + "\r\n";
    return ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * The status line in {@code received} (bytes read so far, in read mode), once its end has
   * arrived; {@code null} while it has not.
   *
   * @throws IOException when more than {@value #MAX_STATUS_LINE} bytes came without a line end
   */
  static String statusLine(ByteBuffer received) throws IOException {
    for (int i = received.position(); i < received.limit(); i++) {
      if (received.get(i) == '\n') {
        byte[] line = new byte[i - received.position()];
        received.duplicate().get(line);
        return new String(line, StandardCharsets.US_ASCII).strip();
      }
    }
    if (received.remaining() >= MAX_STATUS_LINE) {
      throw new IOException("no status line in the first " + MAX_STATUS_LINE + " bytes");
    }
    return null;
  }

  /** The code of an HTTP/1.1 status line, e.g. 101 for {@code HTTP/1.1 101 Switching Protocols}. */
  static int statusCode(String statusLine) throws IOException {
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("\\d{3}")) {
      throw new IOException("not an HTTP status line: '" + statusLine + "'");
    }
    return Integer.parseInt(parts[1]);
  }
}
