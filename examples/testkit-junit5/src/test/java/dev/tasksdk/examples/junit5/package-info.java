/** The README's testkit examples, run on JUnit 5.10 as a user's project would. */
package dev.tasksdk.examples.junit5;
