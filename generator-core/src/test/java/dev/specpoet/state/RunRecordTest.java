package dev.specpoet.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The state file of a run: read back as written; anything else, an older Specpoet's included, reads as no run. */
class RunRecordTest {
    private static final String A = "a".repeat(64);
    private static final String B = "0123456789abcdef".repeat(4);

    @Test
    void aRecordReadsBackAsWritten() {
        RunRecord run = new RunRecord(
                new RunFingerprint(B),
                List.of(
                        new RecordedDocument(
                                URI.create("file:///specs/api%20v1.yaml"),
                                A,
                                Optional.of(new RecordedDocument.FileStamp(1234, 946_684_800_123_456_789L))),
                        new RecordedDocument(URI.create("file:///specs/pet.yaml"), B, Optional.empty())));

        Optional<RunRecord> read = RunRecord.parse(run.toText().lines().toList());

        assertThat(read).isPresent();
        assertThat(read.get().fingerprint()).isEqualTo(run.fingerprint());
        assertThat(read.get().documents()).containsExactlyElementsOf(run.documents());
        assertThat(read.get().referenced())
                .singleElement()
                .satisfies(document -> assertThat(document.uri()).isEqualTo(URI.create("file:///specs/pet.yaml")));
    }

    @Test
    void theStateOfAnOlderSpecpoetReadsAsNoRun() {
        assertThat(RunRecord.parse(List.of(B, "file:///specs/pet.yaml"))).isEmpty();
        assertThat(RunRecord.parse(List.of(B))).isEmpty();
    }

    @Test
    void aDamagedStateReadsAsNoRun() {
        assertThat(RunRecord.parse(List.of())).isEmpty();
        assertThat(RunRecord.parse(List.of("not a digest", A + " - - file:///a.yaml")))
                .isEmpty();
        assertThat(RunRecord.parse(List.of(B, A + " 12 x file:///a.yaml"))).isEmpty();
        assertThat(RunRecord.parse(List.of(B, A + " - - not a uri"))).isEmpty();
        assertThat(RunRecord.parse(List.of(B, "ABC - - file:///a.yaml"))).isEmpty();
    }
}
