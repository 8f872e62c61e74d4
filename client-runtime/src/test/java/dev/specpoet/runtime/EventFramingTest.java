package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class EventFramingTest {
    /** Every field the standard knows, in every line-end style, with comments and a BOM. */
    static final String SSE = "\uFEFF: a comment\r\n"
            + "event: greeting\r\n"
            + "id: 1\r\n"
            + "retry: 2500\r\n"
            + "data: {\"text\":\r\n"
            + "data:\"hé\"}\r\n"
            + "\r\n"
            + "data: {\"text\":\"two\"}\n"
            + "\n"
            + ":keep-alive\r"
            + "id: 3\r"
            + "data:{\"text\":\"three\"}\r"
            + "\r"
            + "event: ignored-without-data\n"
            + "\n"
            + "data: unterminated at the end is dropped";

    @Test
    void serverSentEventsAtEveryChunkBoundary() throws IOException {
        byte[] bytes = SSE.getBytes(StandardCharsets.UTF_8);
        for (int split = 0; split <= bytes.length; split++) {
            assertThat(frame(EventFraming::serverSentEvents, bytes, split))
                    .as("split at byte %d", split)
                    .containsExactly(
                            "greeting|Optional[1]|Optional[PT2.5S]|{\"text\":\n\"hé\"}",
                            "message|Optional[1]|Optional.empty|{\"text\":\"two\"}",
                            "message|Optional[3]|Optional.empty|{\"text\":\"three\"}");
        }
    }

    @Test
    void serverSentEventsByteByByte() throws IOException {
        byte[] bytes = SSE.getBytes(StandardCharsets.UTF_8);
        EventFraming framing = EventFraming.serverSentEvents();
        List<ServerSentEvent<byte[]>> out = new ArrayList<>();
        for (byte b : bytes) {
            framing.feed(new byte[] {b}, 0, 1, out);
        }
        framing.end(out);
        assertThat(out).hasSize(3);
    }

    @Test
    void dataLineWithoutSpaceOrValueAndUnknownFields() throws IOException {
        String text = "data\nfoo: bar\ndata:  two spaces\nretry: soon\n\n";
        assertThat(frame(EventFraming::serverSentEvents, text.getBytes(StandardCharsets.UTF_8), 0))
                .containsExactly("message|Optional.empty|Optional.empty|\n two spaces");
    }

    @Test
    void jsonLinesSkipBlankLinesAndTakeAFinalLineWithoutLineFeed() throws IOException {
        byte[] bytes = "{\"a\":1}\r\n\n   \n{\"a\":2}\n{\"a\":3}".getBytes(StandardCharsets.UTF_8);
        for (int split = 0; split <= bytes.length; split++) {
            assertThat(frame(EventFraming::jsonLines, bytes, split))
                    .as("split at byte %d", split)
                    .containsExactly(
                            "message|Optional.empty|Optional.empty|{\"a\":1}\r",
                            "message|Optional.empty|Optional.empty|{\"a\":2}",
                            "message|Optional.empty|Optional.empty|{\"a\":3}");
        }
    }

    @Test
    void jsonSequenceSplitsAtRecordSeparators() throws IOException {
        byte[] bytes = "\u001E{\"a\":1}\n\u001E\n\u001E[2,\n3]\n".getBytes(StandardCharsets.UTF_8);
        for (int split = 0; split <= bytes.length; split++) {
            assertThat(frame(EventFraming::jsonSequence, bytes, split))
                    .as("split at byte %d", split)
                    .containsExactly(
                            "message|Optional.empty|Optional.empty|{\"a\":1}\n",
                            "message|Optional.empty|Optional.empty|[2,\n3]\n");
        }
    }

    @Test
    void anEventThatNeverEndsFailsInsteadOfFillingMemory() {
        EventFraming framing = EventFraming.jsonLines();
        byte[] megabyte = new byte[1024 * 1024];
        java.util.Arrays.fill(megabyte, (byte) 'x');
        List<ServerSentEvent<byte[]>> out = new ArrayList<>();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
                    for (int i = 0; i < 17; i++) {
                        framing.feed(megabyte, 0, megabyte.length, out);
                    }
                })
                .isInstanceOf(IOException.class)
                .hasMessageContaining("longer than");
        assertThat(out).isEmpty();
    }

    private static List<String> frame(Supplier<EventFraming> kind, byte[] bytes, int split) throws IOException {
        EventFraming framing = kind.get();
        List<ServerSentEvent<byte[]>> out = new ArrayList<>();
        framing.feed(bytes, 0, split, out);
        framing.feed(bytes, split, bytes.length - split, out);
        framing.end(out);
        return out.stream().map(EventFramingTest::describe).toList();
    }

    private static String describe(ServerSentEvent<byte[]> event) {
        Optional<Duration> retry = event.retry();
        return event.event() + "|" + event.id() + "|" + retry + "|" + new String(event.data(), StandardCharsets.UTF_8);
    }
}
