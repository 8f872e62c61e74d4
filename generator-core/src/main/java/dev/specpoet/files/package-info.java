/**
 * File replacement that readers never see half done: the generated output, the run state and the
 * remote-spec cache all replace their files through {@link dev.specpoet.files.AtomicFiles}.
 *
 * <p>Input: a target path and its new content. Output: the target replaced in one step, or left as
 * it was. It depends on the JDK only, so every stage may use it without depending on another.
 */
package dev.specpoet.files;
