/**
 * The benchmark: Specpoet's stages, Swagger Parser's parse alone (the floor) and OpenAPI
 * Generator's java/native client, timed warm in one JVM on the same specs; the size of both
 * outputs and javac's time on them; Specpoet's peak heap on the largest spec under a 512 MB limit.
 *
 * <p>Input: the shared corpus folder, OpenAPI Generator's CLI jar and the libraries its client
 * compiles against (both prepared by the build's {@code benchmark} profile). Output: a Markdown
 * table on stdout and in a file. OpenAPI Generator is only reached reflectively through its own
 * class loader: nothing here may depend on its classes, so its Swagger Parser and Jackson never
 * meet ours. Nothing in the test suite depends on timings.
 *
 * <p>The consumer benchmark ({@link dev.specpoet.benchmarks.ConsumerBenchmarkMain}) measures what a
 * user feels instead: a module with each plugin, written from the templates in {@code consumer/}
 * and built by real Maven in processes of its own.
 */
package dev.specpoet.benchmarks;
