package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePartTest {
    private final ObjectMapper mapper = JsonMapperFactory.create();

    record Upload(String title, FilePart file) {}

    @Test
    void fromPathReadsLazilyAndFallsBackToOctetStream(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data.unknownext");
        FilePart part = FilePart.of(file);
        Files.writeString(file, "written after creating the part");

        assertThat(part.filename()).isEqualTo("data.unknownext");
        assertThat(part.contentType()).isEqualTo("application/octet-stream");
        assertThat(part.path()).contains(file);
        assertThat(new String(part.content(), StandardCharsets.UTF_8)).isEqualTo("written after creating the part");
        assertThat(part).hasToString("FilePart[data.unknownext, application/octet-stream, file " + file + "]");
    }

    @Test
    void fromBytes() {
        byte[] content = {1, 2, 3};
        FilePart guessed = FilePart.of("photo.png", content);
        content[0] = 9;

        assertThat(guessed.contentType()).isEqualTo("image/png");
        assertThat(guessed.content()).containsExactly(1, 2, 3);
        assertThat(FilePart.of("x", new byte[0]).contentType()).isEqualTo("application/octet-stream");
        assertThat(FilePart.of("a.txt", "text/csv", content).contentType()).isEqualTo("text/csv");
        assertThat(guessed).hasToString("FilePart[photo.png, image/png, 3 bytes]");
    }

    @Test
    void equalityIsByContent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.bin");
        Files.write(file, new byte[] {1, 2});

        assertThat(FilePart.of(file))
                .isEqualTo(FilePart.of("a.bin", "application/octet-stream", new byte[] {1, 2}))
                .hasSameHashCodeAs(FilePart.of("a.bin", "application/octet-stream", new byte[] {1, 2}))
                .isNotEqualTo(FilePart.of("a.bin", "application/octet-stream", new byte[] {1, 3}));
    }

    @Test
    void jsonIsBase64OfTheContent() throws Exception {
        byte[] content = "hello".getBytes(StandardCharsets.UTF_8);
        Upload upload = new Upload("t", FilePart.of("file", "application/octet-stream", content));

        String json = mapper.writeValueAsString(upload);

        assertThat(json)
                .isEqualTo("{\"title\":\"t\",\"file\":\"" + Base64.getEncoder().encodeToString(content) + "\"}");
        assertThat(mapper.readValue(json, Upload.class)).isEqualTo(upload);
    }
}
