package dev.specpoet.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Renders multipart/form-data parts as a chain of publishers, streaming file parts from disk. */
final class MultipartWriter {
    private static final String CRLF = "\r\n";

    private final String boundary;
    private final ParamValues values;
    private final ObjectMapper mapper;
    private final List<BodyPublisher> pieces = new ArrayList<>();

    MultipartWriter(String boundary, ParamValues values, ObjectMapper mapper) {
        this.boundary = boundary;
        this.values = values;
        this.mapper = mapper;
    }

    BodyPublisher publisher(List<RequestContent.Field> parts) {
        for (RequestContent.Field part : parts) {
            addPart(part.name(), part.value());
        }
        pieces.add(text("--" + boundary + "--" + CRLF));
        return BodyPublishers.concat(pieces.toArray(BodyPublisher[]::new));
    }

    /** Adds one part per value; a collection repeats the part once per element. */
    private void addPart(String name, Object value) {
        if (value instanceof Collection<?> collection) {
            collection.stream().filter(Objects::nonNull).forEach(item -> addPart(name, item));
            return;
        }
        if (value instanceof FilePart file) {
            addHead(name, Optional.of(file.filename()), Optional.of(file.contentType()));
            pieces.add(file.publisher());
        } else {
            Optional<String> scalar = values.scalarText(value);
            if (scalar.isPresent()) {
                // Like browsers, no Content-Type: text/plain is the default for form-data parts.
                addHead(name, Optional.empty(), Optional.empty());
                pieces.add(text(scalar.get()));
            } else {
                addHead(name, Optional.empty(), Optional.of("application/json"));
                pieces.add(BodyPublishers.ofByteArray(json(name, value)));
            }
        }
        pieces.add(text(CRLF));
    }

    private void addHead(String name, Optional<String> filename, Optional<String> contentType) {
        StringBuilder head = new StringBuilder("--").append(boundary).append(CRLF);
        head.append("Content-Disposition: form-data; name=\"")
                .append(quoted(name))
                .append('"');
        filename.ifPresent(
                file -> head.append("; filename=\"").append(quoted(file)).append('"'));
        head.append(CRLF);
        contentType.ifPresent(type -> head.append("Content-Type: ").append(type).append(CRLF));
        head.append(CRLF);
        pieces.add(text(head.toString()));
    }

    private byte[] json(String name, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write multipart field '" + name + "' as JSON", e);
        }
    }

    /** Escapes a quoted-string parameter as the HTML form encoding algorithm does. */
    private static String quoted(String text) {
        return text.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static BodyPublisher text(String text) {
        return BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }
}
