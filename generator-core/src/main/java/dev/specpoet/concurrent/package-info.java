/**
 * The little the generator's worker pools share: {@link dev.specpoet.concurrent.PoolTasks} names
 * their daemon threads and hands a task's failure back to the caller as the task threw it, so a bug
 * reads the same whether a file was rendered or written on the caller's thread or on a pool.
 *
 * <p>It depends on the JDK only, so every stage may use it without depending on another.
 */
package dev.specpoet.concurrent;
