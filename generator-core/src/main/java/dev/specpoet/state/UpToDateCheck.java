package dev.specpoet.state;

import dev.specpoet.api.GenerationException;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.parse.SourceDocument;
import dev.specpoet.parse.SourceReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The spec's documents as they are now, found from the last run's record without parsing the spec:
 * each recorded file whose stamp still matches counts at its recorded digest, every other document
 * is read again and hashed. Whether the run is up to date is then a comparison of fingerprints.
 */
public final class UpToDateCheck {
    private final RunRecord last;
    private final List<RecordedDocument> documents;
    private final Optional<SourceDocument> mainRead;

    private UpToDateCheck(RunRecord last, List<RecordedDocument> documents, Optional<SourceDocument> mainRead) {
        this.last = last;
        this.documents = documents;
        this.mainRead = mainRead;
    }

    /**
     * Finds the documents of {@code config}'s spec as the last run recorded them.
     *
     * @param readFrom when this run started reading, for the stamps of the documents read again
     * @throws GenerationException when the main document cannot be read, as a full read would
     */
    public static UpToDateCheck of(SourceReader reader, GeneratorConfig config, RunRecord last, Instant readFrom)
            throws GenerationException {
        List<RecordedDocument> documents = new ArrayList<>();
        RecordedDocument recordedMain = last.documents().get(0);
        Optional<SourceDocument> mainRead = Optional.empty();
        boolean sameFile = SourceReader.location(config.spec())
                .filter(uri -> uri.equals(recordedMain.uri()))
                .isPresent();
        if (sameFile && recordedMain.isUnchangedOnDisk()) {
            documents.add(recordedMain);
        } else {
            mainRead = Optional.of(reader.read(config.spec()));
            documents.add(RecordedDocument.of(mainRead.get(), readFrom));
        }
        for (RecordedDocument referenced : last.referenced()) {
            if (referenced.isUnchangedOnDisk()) {
                documents.add(referenced);
                continue;
            }
            try {
                documents.add(RecordedDocument.of(reader.readReferenced(referenced.uri()), readFrom));
            } catch (GenerationException e) {
                // The full read reports a vanished file where it is referenced.
                return new UpToDateCheck(last, List.of(), mainRead);
            }
        }
        return new UpToDateCheck(last, List.copyOf(documents), mainRead);
    }

    /** Whether the documents now, with {@code config} and the generator {@code build}, give the last run's fingerprint. */
    public boolean isUnchanged(String build, GeneratorConfig config) {
        return !documents.isEmpty()
                && RunFingerprint.of(build, config, documents).equals(last.fingerprint());
    }

    /** The main document, when the check had to read it: the full read then starts from it. */
    public Optional<SourceDocument> mainRead() {
        return mainRead;
    }

    /**
     * The record to keep instead of the last one, when a document read again now has a stamp the
     * recorded one lacked or that differs (a file touched without a change): the next check then
     * need not read it. Meaningful only when {@link #isUnchanged} holds.
     */
    public Optional<RunRecord> refreshed() {
        for (int i = 0; i < documents.size(); i++) {
            Optional<RecordedDocument.FileStamp> now = documents.get(i).stamp();
            if (now.isPresent() && !now.equals(last.documents().get(i).stamp())) {
                return Optional.of(new RunRecord(last.fingerprint(), documents));
            }
        }
        return Optional.empty();
    }
}
