package io.contractcheck.sample.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.contractcheck.sample.ids.UnifiedIdGenerator;
import java.util.Optional;

/**
 * Reads a client message such as {@code {"type":"start_agent","payload":{"user_request":"hi"}}}.
 * Anything else is rejected with a reason that names the field and what was expected.
 */
final class ClientMessageParser {

  static final int MAX_TEXT_CHARS = 4_000;
  private static final int MAX_ECHOED_CHARS = 80;

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  ClientMessage parse(String text) throws RejectedMessageException {
    JsonNode message = readJson(text);
    if (!message.isObject()) {
      throw new RejectedMessageException(
          "a message must be a JSON object like {\"type\": \"start_agent\", \"payload\": {...}}");
    }
    String type = requiredString(message, "type", "type");
    return switch (type) {
      case "start_agent" -> startAgent(payload(message));
      case "user_message" -> userMessage(payload(message));
      case "stop_agent" -> stopAgent(payload(message));
      default -> throw new RejectedMessageException(
          "unknown message type '" + clip(type) + "'; expected start_agent, user_message or stop_agent");
    };
  }

  private static ClientMessage startAgent(JsonNode payload) throws RejectedMessageException {
    return new ClientMessage.StartAgent(
        requiredText(payload, "user_request"), optionalThreadId(payload));
  }

  private static ClientMessage userMessage(JsonNode payload) throws RejectedMessageException {
    return new ClientMessage.UserMessage(
        requiredThreadId(payload), requiredText(payload, "content"));
  }

  private static ClientMessage stopAgent(JsonNode payload) throws RejectedMessageException {
    String threadId = requiredThreadId(payload);
    return new ClientMessage.StopAgent(threadId, requiredRunIdIn(payload, threadId));
  }

  private static JsonNode readJson(String text) throws RejectedMessageException {
    try {
      JsonNode message = JSON.readTree(text);
      if (message == null || message.isMissingNode()) {
        throw new RejectedMessageException("empty message; expected a JSON object");
      }
      return message;
    } catch (JsonProcessingException e) {
      throw new RejectedMessageException("malformed JSON: " + e.getOriginalMessage());
    }
  }

  private static JsonNode payload(JsonNode message) throws RejectedMessageException {
    JsonNode payload = message.get("payload");
    if (payload == null || payload.isNull()) {
      throw new RejectedMessageException("payload is required");
    }
    if (!payload.isObject()) {
      throw new RejectedMessageException("payload must be a JSON object");
    }
    return payload;
  }

  private static String requiredText(JsonNode payload, String field)
      throws RejectedMessageException {
    String path = "payload." + field;
    String value = requiredString(payload, field, path);
    if (value.isBlank()) {
      throw new RejectedMessageException(path + " must not be empty");
    }
    if (value.length() > MAX_TEXT_CHARS) {
      throw new RejectedMessageException(
          path + " is longer than " + MAX_TEXT_CHARS + " characters (" + value.length() + ")");
    }
    return value;
  }

  private static Optional<String> optionalThreadId(JsonNode payload)
      throws RejectedMessageException {
    JsonNode value = payload.get("thread_id");
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    return Optional.of(requiredThreadId(payload));
  }

  private static String requiredThreadId(JsonNode payload) throws RejectedMessageException {
    String threadId = requiredString(payload, "thread_id", "payload.thread_id");
    if (!UnifiedIdGenerator.isValidThreadId(threadId)) {
      throw new RejectedMessageException(
          "thread_id does not follow expected format "
              + UnifiedIdGenerator.THREAD_ID_FORMAT
              + ": '"
              + clip(threadId)
              + "'");
    }
    return threadId;
  }

  private static String requiredRunIdIn(JsonNode payload, String threadId)
      throws RejectedMessageException {
    String runId = requiredString(payload, "run_id", "payload.run_id");
    String threadOfRun =
        UnifiedIdGenerator.threadIdOf(runId)
            .orElseThrow(
                () ->
                    new RejectedMessageException(
                        "run_id does not follow expected format "
                            + UnifiedIdGenerator.RUN_ID_FORMAT
                            + ": '"
                            + clip(runId)
                            + "'"));
    if (!threadOfRun.equals(threadId)) {
      throw new RejectedMessageException(
          "Thread ID mismatch in run_id: "
              + runId
              + " belongs to "
              + threadOfRun
              + ", but the message is for "
              + threadId);
    }
    return runId;
  }

  private static String requiredString(JsonNode node, String field, String path)
      throws RejectedMessageException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new RejectedMessageException(path + " is required");
    }
    if (!value.isTextual()) {
      throw new RejectedMessageException(path + " must be a string");
    }
    return value.textValue();
  }

  private static String clip(String value) {
    return value.length() <= MAX_ECHOED_CHARS
        ? value
        : value.substring(0, MAX_ECHOED_CHARS) + "...";
  }
}
