package io.rekindle;

/** Story 1 through the API on the embedded default database (H2). */
class StoryOneApiOnH2Tests extends StoryOneApiTests {}
