/**
 * The one HTTP test server of the project, on 127.0.0.1: it answers with canned responses (in
 * order, by route, made from the request, delayed, redirecting, streamed in pausing chunks, held
 * open or dropped mid-stream) and records every request exactly as it arrived on the wire, so the
 * samples' programs run offline and tests can assert what a client really sent; a listener that
 * resets connections and one that leaves them unanswered, faults the HTTP server cannot play; and
 * {@link dev.specpoet.testserver.StubServerExtension}, which starts and stops the server around
 * JUnit 5 tests.
 *
 * <p>Depends on the JDK only (the extension also on JUnit's API); it never reaches beyond the
 * loopback interface.
 */
package dev.specpoet.testserver;
