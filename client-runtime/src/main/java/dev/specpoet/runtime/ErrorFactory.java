package dev.specpoet.runtime;

/**
 * Creates the typed exception for an error status whose body decoded to {@code E}; generated
 * clients pass constructor references such as {@code RestServiceErrorException::new}.
 *
 * @param <E> the decoded error body type
 */
@FunctionalInterface
public interface ErrorFactory<E> {
    /** Returns the exception to throw for {@code response}, whose body decoded to {@code body}. */
    ApiException create(ErrorResponse response, E body);
}
