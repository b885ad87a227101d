package io.rekindle.people;

class ResumeRepositoryOnH2Tests extends ResumeRepositoryTests {}
