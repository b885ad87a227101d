/** Pages for logging touches. */
package io.rekindle.followups.web;
