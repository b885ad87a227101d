/** JSON API for candidacies and outcomes under /api/v1/candidacies. */
package io.rekindle.pipeline.api;
