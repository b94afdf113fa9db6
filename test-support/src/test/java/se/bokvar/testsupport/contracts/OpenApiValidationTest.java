package se.bokvar.testsupport.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The check that every service's conventions test applies to its OpenAPI document can fail: a planted defect of
 * each kind is reported, naming where it is, and the same document without the defect passes (so a pass means
 * something). Run for both versions SmallRye may write.
 */
class OpenApiValidationTest {

    /** A small document shaped like the services' (a problem response by reference), with one hole to fill. */
    static String document(String version, String createdResponse, String problemRef) {
        return """
                {
                  "openapi": "%s",
                  "info": { "title": "planted", "version": "1" },
                  "paths": {
                    "/api/v1/cases/notices": {
                      "post": {
                        "operationId": "register",
                        "responses": {
                          "201": %s,
                          "400": { "description": "Invalid", "content": { "application/problem+json": {
                            "schema": { "$ref": "%s" } } } }
                        }
                      }
                    }
                  },
                  "components": { "schemas": {
                    "Problem": { "type": "object", "properties": { "title": { "type": "string" } } },
                    "RegisteredNotice": { "type": "object", "properties": { "caseId": { "type": "string", "format": "uuid" } } }
                  } }
                }
                """.formatted(version, createdResponse, problemRef);
    }

    static final String CREATED = """
            { "description": "Registered", "content": { "application/json": {
              "schema": { "$ref": "#/components/schemas/RegisteredNotice" } } } }""";
    static final String CREATED_WITHOUT_DESCRIPTION = """
            { "content": { "application/json": {
              "schema": { "$ref": "#/components/schemas/RegisteredNotice" } } } }""";

    @ParameterizedTest
    @ValueSource(strings = { "3.0.3", "3.1.0" })
    void theDocumentWithoutADefectPasses(String version) {
        assertThat(OpenApiValidation.problems(document(version, CREATED, "#/components/schemas/Problem"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "3.0.3", "3.1.0" })
    void aResponseWithoutADescriptionFails(String version) {
        assertThat(OpenApiValidation.problems(document(version, CREATED_WITHOUT_DESCRIPTION,
                "#/components/schemas/Problem")))
                .anySatisfy(m -> assertThat(m).contains("paths.'/api/v1/cases/notices'(post).responses.201")
                        .contains("description"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "3.0.3", "3.1.0" })
    void aReferenceToNothingFails(String version) {
        assertThat(OpenApiValidation.problems(document(version, CREATED, "#/components/schemas/Nowhere")))
                .anySatisfy(m -> assertThat(m).contains("Nowhere"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "3.0.3", "3.1.0" })
    void aResponseOfTheWrongShapeFails(String version) {
        assertThat(OpenApiValidation.problems(document(version, "\"Registered\"", "#/components/schemas/Problem")))
                .isNotEmpty();
    }

    @Test
    void somethingThatIsNotOpenApiFails() {
        assertThat(OpenApiValidation.problems("{\"asyncapi\": \"3.0.0\"}")).isNotEmpty();
        assertThat(OpenApiValidation.problems("not even json: [")).isNotEmpty();
    }
}
