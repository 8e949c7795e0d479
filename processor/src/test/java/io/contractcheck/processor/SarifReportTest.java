package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The SARIF log, with both jars: valid against the official SARIF 2.1.0 schema, with rules, physical
 * locations, fixes, and suppressed and baselined findings marked.
 */
class SarifReportTest {
  private static final String CALLER = """
      package demo;

      final class Caller {
        String first(String context) {
          return Factories.createWebSocketManager(/* context= */ context);
        }

        @SuppressWarnings("contractcheck:SwappedArguments")
        String second(String threadId, String runId) {
          return Factories.runId(runId, threadId);
        }

        String third(String threadId, String runId) {
          return Factories.runId(runId, threadId);
        }
      }
      """;

  @TempDir Path temp;

  static List<String> validate(Path sarif) throws Exception {
    Schema schema;
    try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
    List<String> problems = new ArrayList<>();
    for (Error error : schema.validate(Files.readString(sarif), InputFormat.JSON)) {
      problems.add(error.getInstanceLocation() + ": " + error.getMessage());
    }
    return problems;
  }

  @Test
  void theValidatorRejectsALogThatBreaksTheSchema() throws Exception {
    Path broken = temp.resolve("broken.sarif");
    Files.writeString(broken, "{\"version\": \"2.0.0\", \"runs\": [{\"results\": []}]}");

    assertThat(validate(broken)).isNotEmpty(); // a wrong version and a run without its tool
  }

  @ParameterizedTest
  @EnumSource(SourceRepo.Jar.class)
  void theLogIsValidSarifWithLocationsFixesAndMarkedFindings(SourceRepo.Jar jar) throws Exception {
    SourceRepo repo = new SourceRepo(temp.resolve("repo"))
        .write("src/demo/Factories.java", FixPatchTest.FACTORIES)
        .write("src/demo/Caller.java", CALLER);
    Path baseline = repo.root().resolve("baseline.txt");
    Files.writeString(baseline, "contractcheck-baseline 1\nsrc/demo/Caller.java\tCaller.third"
        + "\tSwappedArguments\tFactories.runId\trunId, threadId\n");
    Path sarif = temp.resolve("target/contractcheck.sarif");

    SourceRepo.Result result = repo.compile(jar,
        Map.of("sarif", sarif.toString(), "baseline", baseline.toString()));

    assertWithMessage("%s", result.diagnostics()).that(result.count("ERROR")).isEqualTo(1);
    assertThat(validate(sarif)).isEmpty();
    JsonNode log = new ObjectMapper().readTree(Files.readString(sarif));
    assertThat(log.get("version").asString()).isEqualTo("2.1.0");
    JsonNode run = log.get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertThat(rules.size()).isEqualTo(DiagnosticId.values().length);
    assertThat(rules.get(0).get("id").asString()).isEqualTo("LabelMismatch");
    assertThat(rules.get(0).get("helpUri").asString()).endsWith("/docs/checks/LabelMismatch.md");
    assertThat(rules.get(0).get("shortDescription").get("text").asString())
        .isEqualTo("An argument label does not name the parameter its argument is passed to.");
    assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString())
        .isEqualTo(repo.root().toUri().toString());

    JsonNode results = run.get("results");
    assertThat(results.size()).isEqualTo(3);
    JsonNode label = results.get(0);
    assertThat(label.get("ruleId").asString()).isEqualTo("LabelMismatch");
    assertThat(label.get("level").asString()).isEqualTo("error");
    assertThat(label.get("baselineState").asString()).isEqualTo("new");
    JsonNode location = label.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uri").asString()).isEqualTo("src/demo/Caller.java");
    assertThat(location.get("artifactLocation").get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
    JsonNode region = location.get("region");
    assertThat(region.get("startLine").asInt()).isEqualTo(5);
    assertThat(region.get("startColumn").asInt()).isEqualTo(60); // the argument 'context'
    assertThat(region.get("endColumn").asInt()).isEqualTo(67);
    JsonNode replacement = label.get("fixes").get(0).get("artifactChanges").get(0)
        .get("replacements").get(0);
    assertThat(replacement.get("insertedContent").get("text").asString()).isEqualTo("/* userContext= */");

    JsonNode suppressed = results.get(1);
    assertThat(suppressed.get("ruleId").asString()).isEqualTo("SwappedArguments");
    assertThat(suppressed.get("suppressions").get(0).get("kind").asString()).isEqualTo("inSource");
    assertThat(suppressed.get("locations").get(0).get("physicalLocation").get("region")
        .get("startLine").asInt()).isEqualTo(10);

    JsonNode baselined = results.get(2);
    assertThat(baselined.get("ruleId").asString()).isEqualTo("SwappedArguments");
    assertThat(baselined.get("suppressions").get(0).get("kind").asString()).isEqualTo("external");
    assertThat(baselined.get("baselineState").asString()).isEqualTo("unchanged");
    assertThat(baselined.get("fixes").get(0).get("artifactChanges").get(0).get("replacements")
        .size()).isEqualTo(2); // the two arguments exchanged
  }

  @ParameterizedTest
  @EnumSource(SourceRepo.Jar.class)
  void columnsCountATabAsOneCharacter(SourceRepo.Jar jar) throws Exception {
    String caller = "package demo;\n\nfinal class Caller {\n\tString first(String context) {\n"
        + "\t\treturn Factories.createWebSocketManager(/* context= */ context);\n\t}\n}\n";
    SourceRepo repo = new SourceRepo(temp.resolve("repo"))
        .write("src/demo/Factories.java", FixPatchTest.FACTORIES)
        .write("src/demo/Caller.java", caller);
    Path sarif = temp.resolve("target/contractcheck.sarif");

    repo.compile(jar, Map.of("sarif", sarif.toString()));

    JsonNode region = new ObjectMapper().readTree(Files.readString(sarif)).get("runs").get(0)
        .get("results").get(0).get("locations").get(0).get("physicalLocation").get("region");
    String line = "\t\treturn Factories.createWebSocketManager(/* context= */ context);";
    int column = line.lastIndexOf("context") + 1; // 58; with javac's tab stops it would be 72
    assertThat(region.get("startLine").asInt()).isEqualTo(5);
    assertThat(region.get("startColumn").asInt()).isEqualTo(column);
    assertThat(region.get("endColumn").asInt()).isEqualTo(column + "context".length());
  }
}
