package dev.specpoet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specpoet.api.GenerationResult;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.PaginationRule;
import dev.specpoet.api.PaginationStyle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --pagination FILE} and {@code --no-pagination-detection} reach the configuration. */
class PaginationOptionsTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<GeneratorConfig> configs = new ArrayList<>();

    private int run(String... args) throws UsageException {
        GenerateCommand command = new GenerateCommand(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                (config, listener) -> {
                    configs.add(config);
                    return new GenerationResult(List.of(), List.of(), List.of(), List.of(), true);
                });
        return command.run(List.of(args));
    }

    @Test
    void theRulesFileBecomesTheConfigurationsRulesInOrder() throws Exception {
        Path rules = Files.writeString(folder.resolve("rules.json"), """
                [{"operations": "list*", "style": "cursor", "parameter": "after", "items": "/data",
                  "nextCursor": "/meta/next", "hasMore": "/meta/more", "sizeParameter": "limit"},
                 {"operations": "listLegacy", "style": "none"},
                 {"operations": "search", "style": "page-number", "parameter": "page", "total": "/pages",
                  "nextLink": "/links/next", "lastItemCursor": "/id"}]
                """);

        run("--spec", "a.yaml", "--out", "out", "--package", "a.b", "--pagination", rules.toString());

        GeneratorConfig config = configs.get(0);
        assertThat(config.detectPagination()).isTrue();
        assertThat(config.paginationRules())
                .containsExactly(
                        PaginationRule.builder("list*", PaginationStyle.CURSOR)
                                .parameter("after")
                                .sizeParameter("limit")
                                .items("/data")
                                .nextCursor("/meta/next")
                                .hasMore("/meta/more")
                                .build(),
                        PaginationRule.none("listLegacy"),
                        PaginationRule.builder("search", PaginationStyle.PAGE_NUMBER)
                                .parameter("page")
                                .total("/pages")
                                .nextLink("/links/next")
                                .lastItemCursor("/id")
                                .build());
    }

    @Test
    void detectionCanBeTurnedOff() throws Exception {
        run("--spec", "a.yaml", "--out", "out", "--package", "a.b", "--no-pagination-detection");

        assertThat(configs.get(0).detectPagination()).isFalse();
        assertThat(configs.get(0).paginationRules()).isEmpty();
    }

    @Test
    void aBadRuleIsAUsageErrorThatNamesTheRule() throws Exception {
        Path rules = Files.writeString(folder.resolve("rules.json"), """
                [{"operations": "a", "style": "none"}, {"operations": "list*", "style": "cursor", "items": "data"}]
                """);
        Path unknown =
                Files.writeString(folder.resolve("unknown.json"), "[{\"operations\": \"a\", \"style\": \"pages\"}]");
        Path notJson = Files.writeString(folder.resolve("bad.json"), "{");

        assertUsage(
                rules,
                "--pagination: rule 2 of " + rules + ": Not a JSON pointer (RFC 6901, like /data or"
                        + " /_links/next/href): 'data'");
        assertUsage(
                unknown,
                "--pagination: rule 1 of " + unknown + ": Unknown pagination style 'pages': use cursor,"
                        + " page-number, offset, next-link, link-header or none");
        assertUsage(notJson, "--pagination: " + notJson + " is not JSON: ");
    }

    private void assertUsage(Path rules, String message) {
        try {
            run("--spec", "a.yaml", "--out", "out", "--package", "a.b", "--pagination", rules.toString());
            throw new AssertionError("no usage error for " + rules);
        } catch (UsageException e) {
            assertThat(e.getMessage()).startsWith(message);
        }
    }

    @Test
    void theHelpNamesTheOptions() {
        assertThat(GenerateCommand.USAGE).contains("--pagination FILE").contains("--no-pagination-detection");
    }
}
