package dev.specpoet.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.emit.RenderQueue.Unrendered;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

class RenderQueueTest {
    @Test
    void filesComeOutInTheOrderAddedThoughTheFirstFinishesLast() {
        List<Unrendered> files = new ArrayList<>();
        files.add(file("Big", 3_000));
        for (int i = 0; i < 40; i++) {
            files.add(file("Small" + i, 1));
        }

        List<GeneratedSource> pooled = renderAll(new RenderQueue(files.size(), 3), files);

        assertThat(pooled)
                .extracting(GeneratedSource::path)
                .containsExactlyElementsOf(files.stream().map(Unrendered::path).toList());
        assertThat(pooled).isEqualTo(renderAll(new RenderQueue(files.size(), 1), files));
        assertThat(pooled.get(0).content())
                .isEqualTo(BlankLines.tighten(files.get(0).file().toString()));
    }

    @Test
    void aFileThatFailsToRenderThrowsWhatRenderingThrew() {
        IllegalStateException bug = new IllegalStateException("a bug in an emitter");
        Object broken = new Object() {
            @Override
            public String toString() {
                throw bug;
            }
        };
        List<Unrendered> files = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            files.add(file("Fine" + i, 1));
        }
        TypeSpec type = TypeSpec.classBuilder("Broken")
                .addField(FieldSpec.builder(int.class, "value")
                        .initializer(CodeBlock.of("$L", broken))
                        .build())
                .build();
        files.add(5, new Unrendered("p/Broken.java", JavaFile.builder("p", type).build()));

        for (int threads : new int[] {1, 3}) {
            RenderQueue queue = new RenderQueue(files.size(), threads);
            assertThatThrownBy(() -> renderAll(queue, files)).isSameAs(bug);
        }
    }

    private static List<GeneratedSource> renderAll(RenderQueue queue, List<Unrendered> files) {
        files.forEach(queue::add);
        return queue.finish();
    }

    /** A class of {@code methods} methods: its rendering time grows with them. */
    private static Unrendered file(String name, int methods) {
        TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.FINAL);
        for (int i = 0; i < methods; i++) {
            type.addMethod(MethodSpec.methodBuilder("m" + i)
                    .returns(String.class)
                    .addStatement("return $S", "value " + i)
                    .build());
        }
        return new Unrendered(
                "p/" + name + ".java", JavaFile.builder("p", type.build()).build());
    }
}
