/** The search pages: people search, rediscovery on an opening's page, openings a person fits. */
package io.rekindle.search.web;
