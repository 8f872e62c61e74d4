/**
 * A small HTTP server on 127.0.0.1 for the samples: it answers with canned responses and records
 * every request exactly as it arrived on the wire, so programs run offline and tests can assert
 * what a generated client really sent.
 */
package dev.specpoet.samples.stub;
