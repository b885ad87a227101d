/** The resume JSON API. */
package io.rekindle.ingestion.api;
