package dev.tasksdk.spectools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionPolicyTest {
  @Test
  void allowsBreakingChange_whenVersionUnchanged_isFalse() {
    assertFalse(VersionPolicy.allowsBreakingChange("0.1.0-SNAPSHOT", "0.1.0-SNAPSHOT"));
    assertFalse(VersionPolicy.allowsBreakingChange("1.4.0", "1.4.0"));
  }

  @Test
  void allowsBreakingChange_whenOnlyPatchOrMinorBumpedAfter1_isFalse() {
    assertFalse(VersionPolicy.allowsBreakingChange("0.1.0", "0.1.1"));
    assertFalse(VersionPolicy.allowsBreakingChange("1.4.0", "1.5.0"));
  }

  @Test
  void allowsBreakingChange_whenMinorBumpedIn0xOrMajorBumped_isTrue() {
    assertTrue(VersionPolicy.allowsBreakingChange("0.1.0-SNAPSHOT", "0.2.0-SNAPSHOT"));
    assertTrue(VersionPolicy.allowsBreakingChange("0.9.3", "1.0.0"));
    assertTrue(VersionPolicy.allowsBreakingChange("1.4.2", "2.0.0"));
  }

  @Test
  void allowsBreakingChange_whenNotAVersion_throwsNamingTheArgument() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> VersionPolicy.allowsBreakingChange("x", "1.0"));
    assertTrue(e.getMessage().startsWith("previous"));
  }
}
