package dev.specpoet.docs;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import dev.specpoet.api.JacksonEdition;
import dev.specpoet.api.RuntimeMode;
import dev.specpoet.bind.BoundApi;
import dev.specpoet.bind.BoundModel;
import dev.specpoet.emit.GeneratedSource;
import dev.specpoet.emit.JavaTypes;
import dev.specpoet.emit.SourceEmitter;
import dev.specpoet.model.SchemaDef;
import dev.specpoet.naming.NamedModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The docs stage's entry point: the README, one page per API class and one per top-level model (nested models in their owner's page), as files
 * relative to the docs folder.
 */
public final class DocsEmitter {
    /**
     * The Jackson the generator itself is built and tested with, so the README recommends a
     * version the generated code is known to compile against.
     */
    private static final String JACKSON_VERSION = PackageVersion.VERSION.toString();

    private final JacksonEdition jackson;
    private final RuntimeMode runtime;
    private final boolean nullableAnnotations;
    private final String generatorVersion;

    /** Documents a Jackson 2 client. */
    public DocsEmitter() {
        this(JacksonEdition.JACKSON_2, RuntimeMode.LIBRARY, "0.0.0");
    }

    /** Documents a client; {@code generatorVersion} is the runtime library's version it depends on. */
    public DocsEmitter(JacksonEdition jackson, RuntimeMode runtime, String generatorVersion) {
        this(jackson, runtime, true, generatorVersion);
    }

    /**
     * Documents a client; {@code nullableAnnotations} says whether its code carries JSpecify's
     * {@code @Nullable}, which an embedded runtime leaves to the client's build to provide.
     */
    public DocsEmitter(
            JacksonEdition jackson, RuntimeMode runtime, boolean nullableAnnotations, String generatorVersion) {
        this.jackson = jackson;
        this.runtime = runtime;
        this.nullableAnnotations = nullableAnnotations;
        this.generatorVersion = generatorVersion;
    }

    public List<GeneratedSource> emit(BoundModel bound) {
        NamedModel named = bound.named();
        JavaTypes types = new JavaTypes(named, jackson);
        DocPages pages = new DocPages(named);
        // An HTML comment: invisible when rendered, yet it marks the file as generated.
        String header =
                "<!-- " + SourceEmitter.header(named.model().sourceName()).replace("--", "- -") + " -->\n";
        List<GeneratedSource> files = new ArrayList<>();
        files.add(new GeneratedSource(
                DocPages.README,
                header
                        + new ClientReadme(
                                        bound,
                                        types,
                                        pages,
                                        new ClientRequirements(
                                                jackson,
                                                JACKSON_VERSION,
                                                runtime,
                                                nullableAnnotations,
                                                generatorVersion))
                                .render()));
        ModelPage modelPage = new ModelPage(named, types, pages);
        ApiPage apiPage = new ApiPage(named, types, pages, modelPage);
        for (BoundApi api : bound.apis()) {
            files.add(new GeneratedSource(pages.path(api.className()), header + apiPage.render(api)));
        }
        for (SchemaDef definition : named.topLevelDefinitions()) {
            files.add(new GeneratedSource(
                    pages.path(named.names(definition.id()).className()), header + modelPage.render(definition)));
        }
        return files;
    }
}
