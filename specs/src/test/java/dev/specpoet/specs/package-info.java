/**
 * Tests of the bundled provider specs: the index in {@code META-INF/specpoet/providers.properties} and
 * the documents it names.
 *
 * <p>Input: the module's classpath resources. Output: assertions only. These tests read the specs with
 * Swagger Parser and Jackson alone; they must not depend on {@code generator-core}, which consumes this
 * module.
 */
package dev.specpoet.specs;
