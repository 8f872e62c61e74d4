package dev.specpoet.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Splits a streamed body into events as its bytes arrive, whatever the chunk boundaries: the framing
 * of server-sent events, JSON lines or JSON text sequences. The data of each event stays bytes here;
 * {@link EventStream} decodes it. Not thread-safe: one stream feeds it, in order.
 */
abstract class EventFraming {
    /** The largest line or event a client accepts: a server that never ends one must not exhaust memory. */
    static final int MAX_EVENT_BYTES = 16 * 1024 * 1024;

    private static final byte CR = '\r';
    private static final byte LF = '\n';
    private static final byte RECORD_SEPARATOR = 0x1E;

    private EventFraming() {}

    /** Server-sent events as the WHATWG HTML standard parses them. */
    static EventFraming serverSentEvents() {
        return new ServerSentEvents();
    }

    /** One JSON value per line; blank lines are skipped and a final line needs no line feed. */
    static EventFraming jsonLines() {
        return new Delimited(LF);
    }

    /** RFC 7464 JSON text sequences: each value after a record separator (0x1E). */
    static EventFraming jsonSequence() {
        return new Delimited(RECORD_SEPARATOR);
    }

    /** Consumes bytes, adding each event they complete to {@code out}; fails for an oversized event. */
    abstract void feed(byte[] bytes, int offset, int length, List<ServerSentEvent<byte[]>> out) throws IOException;

    /** Takes the end of the body, adding the event it completes, if any, to {@code out}. */
    abstract void end(List<ServerSentEvent<byte[]>> out);

    static ServerSentEvent<byte[]> dataOnly(byte[] data) {
        return new ServerSentEvent<>(ServerSentEvent.DEFAULT_EVENT, Optional.empty(), Optional.empty(), data);
    }

    private static void requireSize(int size) throws IOException {
        if (size > MAX_EVENT_BYTES) {
            throw new IOException("an event of the stream is longer than " + MAX_EVENT_BYTES + " bytes");
        }
    }

    /** Values separated by one byte: a line feed for JSON lines, a record separator for JSON sequences. */
    private static final class Delimited extends EventFraming {
        private final byte delimiter;
        private final ByteArrayOutputStream value = new ByteArrayOutputStream();

        Delimited(byte delimiter) {
            this.delimiter = delimiter;
        }

        @Override
        void feed(byte[] bytes, int offset, int length, List<ServerSentEvent<byte[]>> out) throws IOException {
            int start = offset;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                if (bytes[i] == delimiter) {
                    value.write(bytes, start, i - start);
                    flush(out);
                    start = i + 1;
                }
            }
            value.write(bytes, start, end - start);
            requireSize(value.size());
        }

        @Override
        void end(List<ServerSentEvent<byte[]>> out) {
            flush(out);
        }

        private void flush(List<ServerSentEvent<byte[]>> out) {
            byte[] bytes = value.toByteArray();
            value.reset();
            // A line's CR LF end, a sequence record's trailing LF and blank lines carry no value.
            if (!isBlank(bytes)) {
                out.add(dataOnly(bytes));
            }
        }

        private static boolean isBlank(byte[] bytes) {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != CR && b != LF) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The event stream interpretation of the HTML standard: lines end with CR LF, LF or CR; a blank
     * line dispatches the event; {@code :} starts a comment; {@code data} lines are joined with line
     * feeds; an event without data is not dispatched; an unterminated event at the end is dropped.
     */
    private static final class ServerSentEvents extends EventFraming {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();
        private boolean hasData;
        private boolean afterCr;
        private boolean started;
        private String eventType = "";
        private String lastEventId = "";
        private Duration retry;

        @Override
        void feed(byte[] bytes, int offset, int length, List<ServerSentEvent<byte[]>> out) throws IOException {
            int start = offset;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                byte b = bytes[i];
                if (b != CR && b != LF) {
                    afterCr = false;
                    continue;
                }
                boolean lfOfCrLf = b == LF && afterCr && i == start && line.size() == 0;
                afterCr = b == CR;
                if (lfOfCrLf) {
                    start = i + 1; // The second half of a CR LF split across two chunks.
                    continue;
                }
                line.write(bytes, start, i - start);
                onLine(out);
                start = i + 1;
                if (b == CR && i + 1 < end && bytes[i + 1] == LF) {
                    i++;
                    start = i + 1;
                    afterCr = false;
                }
            }
            line.write(bytes, start, end - start);
            requireSize(line.size() + data.size());
        }

        @Override
        void end(List<ServerSentEvent<byte[]>> out) {
            line.reset();
            data.reset();
            hasData = false;
        }

        private void onLine(List<ServerSentEvent<byte[]>> out) {
            byte[] bytes = line.toByteArray();
            line.reset();
            int from = 0;
            if (!started) {
                started = true;
                boolean bom = bytes.length >= 3
                        && (bytes[0] & 0xFF) == 0xEF
                        && (bytes[1] & 0xFF) == 0xBB
                        && (bytes[2] & 0xFF) == 0xBF;
                from = bom ? 3 : 0;
            }
            if (bytes.length == from) {
                dispatch(out);
                return;
            }
            if (bytes[from] == ':') {
                return; // A comment, often a keep-alive.
            }
            int colon = indexOf(bytes, from, (byte) ':');
            String field = new String(bytes, from, (colon < 0 ? bytes.length : colon) - from, StandardCharsets.UTF_8);
            int valueStart = colon < 0 ? bytes.length : colon + 1;
            if (valueStart < bytes.length && bytes[valueStart] == ' ') {
                valueStart++;
            }
            switch (field) {
                case "data" -> {
                    if (hasData) {
                        data.write(LF);
                    }
                    data.write(bytes, valueStart, bytes.length - valueStart);
                    hasData = true;
                }
                case "event" -> eventType = text(bytes, valueStart);
                case "id" -> {
                    String id = text(bytes, valueStart);
                    if (id.indexOf('\0') < 0) {
                        lastEventId = id;
                    }
                }
                case "retry" -> {
                    String millis = text(bytes, valueStart);
                    if (!millis.isEmpty() && millis.chars().allMatch(c -> c >= '0' && c <= '9')) {
                        try {
                            retry = Duration.ofMillis(Long.parseLong(millis));
                        } catch (NumberFormatException tooLarge) {
                            // Ignored as the standard ignores any retry value it cannot use.
                        }
                    }
                }
                default -> {
                    // Unknown fields are ignored.
                }
            }
        }

        private void dispatch(List<ServerSentEvent<byte[]>> out) {
            if (hasData) {
                out.add(new ServerSentEvent<>(
                        eventType.isEmpty() ? ServerSentEvent.DEFAULT_EVENT : eventType,
                        lastEventId.isEmpty() ? Optional.empty() : Optional.of(lastEventId),
                        Optional.ofNullable(retry),
                        data.toByteArray()));
            }
            data.reset();
            hasData = false;
            eventType = "";
            retry = null;
        }

        private static String text(byte[] bytes, int from) {
            return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        }

        private static int indexOf(byte[] bytes, int from, byte wanted) {
            for (int i = from; i < bytes.length; i++) {
                if (bytes[i] == wanted) {
                    return i;
                }
            }
            return -1;
        }
    }
}
