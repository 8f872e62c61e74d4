package dev.specpoet.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaNamesTest {

    @ParameterizedTest(name = "type \"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "API key - company level    | ApiKeyCompanyLevel",
                "Client key - company level | ClientKeyCompanyLevel",
                "API Keys                   | ApiKeys",
                "ApiKey                     | ApiKey",
                "My API credential          | MyApiCredential",
                "AccessKeyDTO               | AccessKeyDTO",
                "HTTPValidationError        | HTTPValidationError",
                "pet_status                 | PetStatus",
                "pet.v2-status              | PetV2Status",
                "class                      | Class",
                "2fa settings               | _2faSettings",
                "Café crème                 | CaféCrème",
                "名前                        | 名前",
            })
    void typeNamesAreUpperCamelCase(String text, String expected) {
        assertThat(JavaNames.typeName(text, "Fallback")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "type \"{0}\" -> fallback")
    @CsvSource(value = {"''", "---", "' '", "'🐱'", "_"})
    void typeNameOfNothingUsableIsTheFallback(String text) {
        assertThat(JavaNames.typeName(text, "Model")).isEqualTo("Model");
    }

    @ParameterizedTest(name = "member \"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "post-companies-companyId-apiCredentials-apiCredentialId-generateApiKey"
                        + " | postCompaniesCompanyIdApiCredentialsApiCredentialIdGenerateApiKey",
                "create_api_key_auth_api_keys__post                   | createApiKeyAuthApiKeysPost",
                "deactivate_api_key_auth_api_keys_deactivate__api_key_id__delete"
                        + " | deactivateApiKeyAuthApiKeysDeactivateApiKeyIdDelete",
                "ApiKey_CreateAccessKey                               | apiKeyCreateAccessKey",
                "get /pets/{petId}                                    | getPetsPetId",
                "is_active                                            | isActive",
                "UserIdentifier                                       | userIdentifier",
                "URLPath                                              | urlPath",
                "IDs                                                  | ids",
                "ID                                                   | id",
                "X-Request-ID                                         | xRequestId",
                "$ref                                                 | ref",
                "über-größe                                           | überGröße",
            })
    void memberNamesAreLowerCamelCase(String text, String expected) {
        assertThat(JavaNames.memberName(text, "value")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "reserved \"{0}\" -> {1}")
    @CsvSource({
        "class, class_",
        "default, default_",
        "public, public_",
        "true, true_",
        "null, null_",
        "var, var_",
        "record, record_",
        "yield, yield_",
        "enum, enum_",
    })
    void keywordsLiteralsAndRestrictedIdentifiersGetATrailingUnderscore(String text, String expected) {
        assertThat(JavaNames.memberName(text, "value")).isEqualTo(expected);
        assertThat(JavaNames.isReserved(text)).isTrue();
    }

    @Test
    void onlyExactKeywordsAreReserved() {
        assertThat(JavaNames.memberName("Class", "value")).isEqualTo("class_");
        assertThat(JavaNames.memberName("classes", "value")).isEqualTo("classes");
        assertThat(JavaNames.memberName("className", "value")).isEqualTo("className");
        assertThat(JavaNames.isReserved("Class")).isFalse();
    }

    @ParameterizedTest(name = "member \"{0}\" -> {1}")
    @CsvSource({"1st, _1st", "3d_secure, _3dSecure", "'---', value", "'', value", "'_', value"})
    void leadingDigitsGetALeadingUnderscoreAndEmptyNamesTheFallback(String text, String expected) {
        assertThat(JavaNames.memberName(text, "value")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "constant \"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "DEFAULT-RULE-ADMIN | DEFAULT_RULE_ADMIN",
                "VALIDATION-USER    | VALIDATION_USER",
                "0                  | _0",
                "1                  | _1",
                "1.5                | _1_5",
                "inProgress         | IN_PROGRESS",
                "HTTPServer         | HTTP_SERVER",
                "application/json   | APPLICATION_JSON",
                "class              | CLASS",
                "ümlaut             | ÜMLAUT",
                "-1                 | MINUS_1",
                "+1                 | PLUS_1",
                ">=                 | GREATER_THAN_EQUALS",
                "*                  | STAR",
                "€                  | U20AC",
                "' '                | SPACE",
                "''                 | EMPTY",
            })
    void constantNamesAreUpperSnakeCase(String text, String expected) {
        assertThat(JavaNames.constantName(text)).isEqualTo(expected);
    }

    @Test
    void longNamesAreCutToTheLimitAndStayDistinct() {
        String stem = "very_long_operation_name_".repeat(10);

        String first = JavaNames.memberName(stem + "first", "value");
        String second = JavaNames.memberName(stem + "second", "value");

        assertThat(first).hasSize(JavaNames.MAX_LENGTH).startsWith("veryLongOperationName");
        assertThat(second).hasSize(JavaNames.MAX_LENGTH).isNotEqualTo(first);
        assertThat(JavaNames.memberName(stem + "first", "value")).isEqualTo(first);
        assertThat(JavaNames.typeName("x".repeat(JavaNames.MAX_LENGTH), "Model"))
                .hasSize(JavaNames.MAX_LENGTH);
    }

    @Test
    void longNamesOfWideCharactersStayWithinTheFileNameByteLimit() {
        String name = JavaNames.typeName("名前".repeat(100), "Model");

        assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(2 * JavaNames.MAX_LENGTH);
        assertThat(name).startsWith("名前名前");
    }

    @Test
    void everyResultIsAJavaIdentifier() {
        for (String text : new String[] {"", "9", "-", "a b", "🐱cat", "class", "_", "€", "名前", "x".repeat(300)}) {
            assertThat(isIdentifier(JavaNames.typeName(text, "Model"))).as(text).isTrue();
            assertThat(isIdentifier(JavaNames.memberName(text, "value")))
                    .as(text)
                    .isTrue();
            assertThat(isIdentifier(JavaNames.constantName(text))).as(text).isTrue();
        }
    }

    private static boolean isIdentifier(String name) {
        return javax.lang.model.SourceVersion.isName(name);
    }
}
