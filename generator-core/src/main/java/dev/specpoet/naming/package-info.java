/**
 * The naming stage: gives every node of the model its Java name, once, before anything is emitted.
 *
 * <p>Input: an {@link dev.specpoet.model.ApiModel} and the base package. Output: a {@link
 * dev.specpoet.naming.NamedModel}, the model plus a name table. The rules for identifiers live in
 * {@link dev.specpoet.naming.JavaNames}; collisions are broken deterministically, in source order,
 * and case-insensitively for class names so no two files differ only in case. Emitters look names
 * up here and never invent them. Depends on the model and JavaPoet's {@code ClassName} only.
 */
package dev.specpoet.naming;
