/** The imports' pages: upload, mapping with a preview, progress and report. */
package io.rekindle.ingestion.imports.web;
