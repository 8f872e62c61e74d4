/**
 * Golden tests: small, deliberate specs whose whole generated text is pinned, so that a change in
 * the shape of generated code shows in review as a diff of the expected files.
 */
package dev.specpoet.golden;
