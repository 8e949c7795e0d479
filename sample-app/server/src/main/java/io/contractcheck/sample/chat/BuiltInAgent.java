package io.contractcheck.sample.chat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The app's agent: no model and no network, the same five events for the same request. It "thinks",
 * runs its one tool ({@code text_stats}) on the request and answers with the result.
 */
final class BuiltInAgent {

  static final String TOOL = "text_stats";

  private BuiltInAgent() {}

  /** The events of one run for {@code userRequest}, in the order they are sent. */
  static List<AgentEvent> plan(String userRequest) {
    String[] words = userRequest.trim().split("\\s+");
    int characters = userRequest.length();
    String longest = Arrays.stream(words).max(Comparator.comparingInt(String::length)).orElse("");
    String wordCount = words.length + (words.length == 1 ? " word" : " words");
    return List.of(
        AgentEvent.of("agent_started", "user_request", userRequest),
        AgentEvent.of("agent_thinking", "thought", "I will measure your message with " + TOOL + "."),
        AgentEvent.of("tool_executing", "tool", TOOL, "input", userRequest),
        AgentEvent.of(
            "tool_completed",
            "tool", TOOL,
            "result",
                AgentEvent.fields(
                    "words", words.length, "characters", characters, "longest_word", longest)),
        AgentEvent.of(
            "agent_completed",
            "response",
            "Your message has " + wordCount + " and " + characters + " characters; the longest word"
                + " is \"" + longest + "\"."));
  }
}
