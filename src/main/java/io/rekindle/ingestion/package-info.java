/** Resumes and imports: everything that brings people in from files. */
package io.rekindle.ingestion;
