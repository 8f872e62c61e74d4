package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlankLinesTest {

    @Test
    void oneLineFieldsAndBareEnumConstantsFormOneBlock() {
        String source = """
                public final class Builder {
                    private String city;

                    private @Nullable List<Store> data;

                    private final Map<String, Object> extra = new LinkedHashMap<>();

                    private Builder() {
                    }

                    public enum Known {
                        VALID,

                        PENDING,

                        INVALID
                    }
                }
                """;

        assertThat(BlankLines.tighten(source)).isEqualTo("""
                public final class Builder {
                    private String city;
                    private @Nullable List<Store> data;
                    private final Map<String, Object> extra = new LinkedHashMap<>();

                    private Builder() {
                    }

                    public enum Known {
                        VALID,
                        PENDING,
                        INVALID
                    }
                }
                """);
    }

    @Test
    void membersWithJavadocAnnotationsOrSeveralLinesKeepTheirBlankLine() {
        String source = """
                final class Api {
                    private static final Operation<Store> GET = Operation.builder("GET", "/", type)
                            .build();

                    private static final Operation<Store> PUT = Operation.builder("PUT", "/", type).build();

                    /**
                     * The value {@code valid}.
                     */
                    public static final Status VALID = new Status("valid");

                    private final ApiInvoker invoker;

                    @Deprecated
                    private String old;

                    ApiInvoker invoker() {
                        return invoker;
                    }
                }
                """;

        assertThat(BlankLines.tighten(source)).isEqualTo(source);
    }
}
