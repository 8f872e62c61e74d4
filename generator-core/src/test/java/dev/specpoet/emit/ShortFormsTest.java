package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortFormsTest {

    @Test
    void oneSentenceJavadocAndEmptyBodiesTakeOneLine() {
        String source = """
                /**
                 * Builds {@link Store} values.
                 */
                public final class Builder {
                    private Builder() {
                    }

                    /**
                     * The value {@code http}.
                     */
                    public static final Format HTTP = new Format("http");

                    public enum Known {
                    }
                }
                """;

        assertThat(ShortForms.shorten(source)).isEqualTo("""
                /** Builds {@link Store} values. */
                public final class Builder {
                    private Builder() {}

                    /** The value {@code http}. */
                    public static final Format HTTP = new Format("http");

                    public enum Known {}
                }
                """);
    }

    @Test
    void javadocWithTagsSeveralSentencesOrLinesOrTooWideKeepsItsBlock() {
        String source = """
                final class Api {
                    /**
                     * Builds the record.
                     *
                     * @throws IllegalStateException if a required property is missing
                     */
                    Store build() {
                        return store;
                    }

                    /**
                     * @return the store
                     */
                    Store store() {
                        return store;
                    }

                    /**
                     * Indicates if expired certificates are accepted. Default value: **false**.
                     */
                    Builder accepts(Boolean accepts) {
                        return this;
                    }

                    /**
                     * Your description for this webhook configuration, which the Customer Area shows on its pages.
                     */
                    Builder description(String description) {
                        return this;
                    }
                }
                """;

        assertThat(ShortForms.shorten(source)).isEqualTo(source);
    }

    @Test
    void javadocExactlyAsWideAsTheLineIsJoined() {
        String text = "x".repeat(ShortForms.WIDTH - "    /**  */".length());
        String source = "class A {\n    /**\n     * " + text + "\n     */\n    int a;\n}\n";

        assertThat(ShortForms.shorten(source)).isEqualTo("class A {\n    /** " + text + " */\n    int a;\n}\n");
        assertThat(ShortForms.shorten(source.replace(text, text + "x"))).isEqualTo(source.replace(text, text + "x"));
    }

    @Test
    void bracesInCommentsAndBlocksWithContentStay() {
        String source = """
                class A {
                    /**
                     * <pre> if (x) {
                     * }</pre>
                     */
                    void a() {
                        // {
                        }
                    void b() {
                        call();
                    }
                }
                """;

        assertThat(ShortForms.shorten(source)).isEqualTo(source);
    }
}
