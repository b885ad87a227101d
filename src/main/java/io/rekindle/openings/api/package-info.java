/** JSON API for companies, contacts and openings under /api/v1. */
package io.rekindle.openings.api;
