package dev.specpoet.model;

/**
 * Whether a body is one JSON value or a stream of items, and how the items are framed; see {@link
 * MediaTypes#sequenceKind(String)}.
 */
public enum SequenceKind {
    /** One value: the whole body. */
    NONE,
    /** Server-sent events ({@code text/event-stream}): {@code data:} lines, one event per blank line. */
    SSE,
    /** One JSON value per line: {@code application/jsonl}, {@code application/x-ndjson} and the like. */
    JSON_LINES,
    /** JSON text sequences (RFC 7464, {@code application/json-seq}): each value after a record separator. */
    JSON_SEQ
}
