/** Search: boolean search with filters, facets and radius over every person, saved searches, and rediscovery. */
package io.rekindle.search;
