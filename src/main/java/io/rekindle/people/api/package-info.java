/** JSON API for people under /api/v1/people. */
package io.rekindle.people.api;
