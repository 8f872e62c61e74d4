/**
 * A small HTTP server on 127.0.0.1 for the samples: it answers with canned responses (in order,
 * by route, delayed, redirecting) and records every request exactly as it arrived on the wire, so
 * programs run offline and tests can assert what a generated client really sent; and a listener
 * that resets connections and one that leaves them unanswered, faults the HTTP server cannot play.
 *
 * <p>Depends on the JDK only; it never reaches beyond the loopback interface.
 */
package dev.specpoet.samples.stub;
