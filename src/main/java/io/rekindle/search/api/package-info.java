/** The search JSON API. */
package io.rekindle.search.api;
