/**
 * The naming stage: gives every node of the model its Java name, once, before anything is emitted.
 *
 * <p>Input: an {@link dev.specpoet.model.ApiModel} and the base package. Output: a {@link
 * dev.specpoet.naming.NamedModel}, the model plus a name table. The rules for identifiers live in
 * {@link dev.specpoet.naming.JavaNames}; collisions are broken deterministically, in source order,
 * and case-insensitively for class names so no two files differ only in case; {@link
 * dev.specpoet.naming.JavaTypeNames} maps model types to Java types. Emitters and the bind stage
 * look names up here and never invent them. Depends on the model and JavaPoet's type names only;
 * what an operation's methods look like is the bind stage's decision, not this one's.
 */
package dev.specpoet.naming;
