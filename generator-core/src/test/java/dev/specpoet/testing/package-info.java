/**
 * Test support shared across packages: generating a client from inline spec text and compiling it
 * in-process.
 *
 * <p>Input: spec text written by a test. Output: generated sources and compiler errors. It drives the
 * generator through its public entry point only.
 */
package dev.specpoet.testing;
