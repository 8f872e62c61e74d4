/**
 * The write stage: puts generated files on disk, the only stage that touches the file system.
 *
 * <p>Input: the emitted sources and an output folder. Output: a report of files written, left
 * unchanged and deleted. Where earlier output exists, changed files are written in sorted order
 * through a staging folder inside the output folder, each moved into place atomically; into a folder
 * without earlier output, new files are written in place and the manifest last, so a run cut short
 * is redone by the next. Comparing, creating and staging files, which wait on the file system, run
 * on two threads ({@code ParallelIo}); every step whose order matters stays in
 * order on the caller's thread. Unchanged files are not touched; only files a previous run generated
 * (listed in its manifest) are ever deleted; no path leaves the output folder.
 */
package dev.specpoet.write;
