package io.rekindle.people;

class PersonRepositoryOnH2Tests extends PersonRepositoryTests {}
