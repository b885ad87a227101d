/** Pages and HTTP plumbing of the platform: sign-in, account settings, user admin, problem details. */
package io.rekindle.platform.web;
