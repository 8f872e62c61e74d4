package dev.specpoet.state;

import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.parse.DocumentTree;
import dev.specpoet.parse.SpecDocuments;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over everything that decides the generated output: the generator version, the
 * configuration, and the text of every document the spec consists of (external {@code $ref}
 * files included, so editing a referenced file regenerates too).
 */
public record RunFingerprint(String hex) {

    public static RunFingerprint of(String generatorVersion, GeneratorConfig config, SpecDocuments documents) {
        MessageDigest digest = sha256();
        field(digest, "generator", generatorVersion);
        field(digest, "spec", config.spec().toString());
        field(
                digest,
                "output",
                config.outputDirectory().toAbsolutePath().normalize().toString());
        field(digest, "package", config.basePackage().orElse(""));
        field(digest, "naming", config.methodNaming().name());
        field(digest, "docs", config.docsDirectory().map(Object::toString).orElse(""));
        field(digest, "externalRefs", Boolean.toString(config.allowRefsOutsideSpecFolder()));
        for (DocumentTree document : documents.documents()) {
            field(digest, "document", document.source().uri().toString());
            field(digest, "text", document.source().text());
        }
        return new RunFingerprint(HexFormat.of().formatHex(digest.digest()));
    }

    /** Length-prefixed, so no two different inputs can run together into the same bytes. */
    private static void field(MessageDigest digest, String name, String value) {
        for (String part : new String[] {name, value}) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
