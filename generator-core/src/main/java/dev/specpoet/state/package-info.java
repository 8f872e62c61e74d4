/**
 * What a run leaves behind for the next one: a fingerprint of everything that shapes the output
 * (every spec document, the configuration, the generator version), so an unchanged build does not
 * touch a single generated file.
 */
package dev.specpoet.state;
