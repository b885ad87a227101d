/** Pipeline: candidacies of people for openings, their stages, and outcomes where every no is kept. */
package io.rekindle.pipeline;
