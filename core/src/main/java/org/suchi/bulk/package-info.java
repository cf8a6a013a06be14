/**
 * Bulk ingestion ({@code suchi ingest}): whole folder trees extracted on every core, pages of
 * several documents overlapping ({@link org.suchi.extract.PagedExtraction}), with a crash-safe journal
 * so that a run killed at any moment resumes to the same outputs, a quarantine list of failed files,
 * progress, and an optional {@link org.suchi.bulk.ResultSink} (the search index) fed with each result.
 */
package org.suchi.bulk;
