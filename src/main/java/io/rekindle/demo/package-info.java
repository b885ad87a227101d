/** Demo and benchmark data: a believable agency, or millions of synthetic people, loaded over JDBC. */
package io.rekindle.demo;
