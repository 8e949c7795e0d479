package io.contractcheck.sample.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractcheck.sample.context.UserExecutionContext;
import java.io.UncheckedIOException;

/**
 * The JSON the server sends. Every message is {@code {"type": ..., "payload": {...}}}; events of an
 * agent run also carry {@code run_id} and {@code thread_id}.
 */
final class ServerEvents {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ServerEvents() {}

  static String connectionReady(ClientConnection connection) {
    ObjectNode message = message("connection_ready");
    ObjectNode payload = message.putObject("payload");
    payload.put("user_id", connection.userId());
    payload.put("connection_id", connection.connectionId());
    return write(message);
  }

  static String error(String reason) {
    ObjectNode message = message("error");
    message.putObject("payload").put("reason", reason);
    return write(message);
  }

  static String agentEvent(UserExecutionContext userContext, AgentEvent event) {
    ObjectNode message = message(event.type());
    message.put("run_id", userContext.runId());
    message.put("thread_id", userContext.threadId());
    message.set("payload", JSON.valueToTree(event.payload()));
    return write(message);
  }

  private static ObjectNode message(String type) {
    return JSON.createObjectNode().put("type", type);
  }

  private static String write(ObjectNode message) {
    try {
      return JSON.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
