/** Pages of the pipeline: the board of an opening, stage moves and outcomes as htmx partials. */
package io.rekindle.pipeline.web;
