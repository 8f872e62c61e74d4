/**
 * The contract every generated provider client must meet at run time, as an abstract JUnit suite
 * that each sample extends with its own generated types.
 *
 * <p>Input: a generated client, reached through its {@code ApiClient} class and a few typed calls
 * the sample supplies. Output: test results over real HTTP against the stub server on 127.0.0.1.
 * Depends on the stub server, JUnit and AssertJ; never on client-runtime or any one generated
 * client, since each client carries its own copy of the runtime under its own package.
 */
package dev.specpoet.samples.contract;
