package dev.specpoet.naming;

import com.palantir.javapoet.ClassName;
import dev.specpoet.model.Tag;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One generated API class: the tag it stands for and its operations, in spec order. */
public record ApiGroup(ClassName className, Optional<Tag> tag, List<OperationNames> operations) {
    /**
     * The private constant holding the security alternatives most of the class's operations share:
     * reserved before any operation's constant is named, so no operation takes it.
     */
    public static final String SECURITY_CONSTANT = "SECURITY";

    public ApiGroup {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(tag, "tag");
        operations = List.copyOf(operations);
    }
}
