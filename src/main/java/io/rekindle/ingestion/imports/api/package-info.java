/** The imports' JSON API. */
package io.rekindle.ingestion.imports.api;
