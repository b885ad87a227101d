/** JSON API for touches under /api/v1/touches. */
package io.rekindle.followups.api;
