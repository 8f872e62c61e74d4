/**
 * The Maven adapter: goal {@code specpoet:generate} translates its parameters into a {@link
 * dev.specpoet.api.GeneratorConfig}, runs generator-core and reports to Maven's log. No generation
 * logic lives here.
 */
package dev.specpoet.maven;
