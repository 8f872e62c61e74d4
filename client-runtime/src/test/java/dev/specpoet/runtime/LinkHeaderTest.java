package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The next link is found among RFC 8288 {@code Link} header values as GitHub and others write them. */
class LinkHeaderTest {
    @Test
    void findsTheNextLinkAmongOthers() {
        assertThat(LinkHeader.next(List.of("<https://api.github.com/repositories/1/issues?page=1>; rel=\"prev\", "
                        + "<https://api.github.com/repositories/1/issues?page=3>; rel=\"next\", "
                        + "<https://api.github.com/repositories/1/issues?page=9>; rel=\"last\"")))
                .contains("https://api.github.com/repositories/1/issues?page=3");
    }

    @Test
    void readsUnquotedAndMultipleRelationTypesAndLaterHeaderValues() {
        assertThat(LinkHeader.next(List.of("</a>; rel=prev", "</b?x=1,2>; title=\"a, b; c\"; rel=\"last next\"")))
                .contains("/b?x=1,2");
        assertThat(LinkHeader.next(List.of("</a>; REL=Next"))).contains("/a");
    }

    @Test
    void noNextLinkMeansTheLastPage() {
        assertThat(LinkHeader.next(List.of("</a>; rel=\"prev\", </z>; rel=\"nextish\"")))
                .isEmpty();
        assertThat(LinkHeader.next(List.of())).isEmpty();
        assertThat(LinkHeader.next(List.of("garbage"))).isEmpty();
    }
}
